package ru.vmeste.moderation.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.vmeste.moderation.ModerationRequested;
import ru.vmeste.platform.journal.Journal;
import ru.vmeste.platform.journal.JournalConsumer;

/**
 * Moderation requests go through the journal stream {@link ModerationRequested#JOURNAL}: appended
 * in the asking module's transaction, taken into the queue in batches.
 */
@Component
class QueueIntake implements JournalConsumer<ModerationRequested> {

	private final Journal journal;

	private final ModerationQueue queue;

	QueueIntake(Journal journal, ModerationQueue queue) {
		this.journal = journal;
		this.queue = queue;
	}

	@EventListener
	void on(ModerationRequested request) {
		journal.append(ModerationRequested.JOURNAL, request);
	}

	@Override
	public String stream() {
		return ModerationRequested.JOURNAL;
	}

	@Override
	public String name() {
		return "moderation.queue";
	}

	@Override
	public void accept(ModerationRequested request) {
		queue.take(request);
	}

}
