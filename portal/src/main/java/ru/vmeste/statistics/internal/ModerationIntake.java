package ru.vmeste.statistics.internal;

import java.time.Clock;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.vmeste.moderation.ContentModerated;
import ru.vmeste.moderation.ModerationRequested;
import ru.vmeste.platform.journal.JournalConsumer;

/**
 * Records the moderators' queue: when content of any kind asked for moderation and how it was
 * decided. A request carries no time of its own, so it counts from when it was taken in, unless
 * the content's own event said earlier (appeals: {@link AppealJournalIntake}).
 */
@Component
class ModerationIntake implements JournalConsumer<ModerationRequested> {

	private final ModerationStore store;

	private final Clock clock;

	ModerationIntake(ModerationStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	public String stream() {
		return ModerationRequested.JOURNAL;
	}

	@Override
	public String name() {
		return "statistics.moderation-requests";
	}

	/**
	 * A request from the moderation requests' journal, taken in a batch; an appeal's is already
	 * counted, with its own time, from the appeals' journal ({@link AppealJournalIntake}).
	 */
	@Override
	public void accept(ModerationRequested requested) {
		if (!ModerationStore.APPEAL.equals(requested.kind())) {
			store.requested(requested.kind(), requested.subjectId(), clock.instant());
		}
	}

	@ApplicationModuleListener
	void on(ContentModerated moderated) {
		String outcome = moderated.published() ? (moderated.editedText() != null ? "EDITED" : "PUBLISHED")
				: moderated.mergedInto() != null ? "MERGED" : "REJECTED";
		store.decided(moderated.kind(), moderated.subjectId(), moderated.decidedAt(),
				moderated.moderator() == null ? null : moderated.moderator().value(), outcome);
	}

}
