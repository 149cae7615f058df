package ru.vmeste.reports.internal;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.vmeste.moderation.ContentModerated;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealPublished;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.AppealStatusChanged;

/**
 * Applies moderators' decisions to appeals: published appeals go to routing (status ROUTED,
 * with no organization until routing finds one), rejected ones keep the reason, merged ones
 * make their author a follower of the original. A redelivered decision changes nothing.
 */
@Component
class ModerationOutcomes {

	private static final Logger log = LoggerFactory.getLogger(ModerationOutcomes.class);

	private final AppealStore appeals;

	private final ApplicationEventPublisher events;

	ModerationOutcomes(AppealStore appeals, ApplicationEventPublisher events) {
		this.appeals = appeals;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(ContentModerated decision) {
		if (!Submissions.MODERATION_KIND.equals(decision.kind())) {
			return;
		}
		Appeal appeal = appeals.lock(AppealId.of(decision.subjectId())).orElse(null);
		if (appeal == null || appeal.status() != AppealStatus.MODERATION) {
			return;
		}
		if (decision.published()) {
			publish(appeal, decision);
		}
		else if (decision.mergedInto() != null) {
			merge(appeal, decision, AppealId.of(decision.mergedInto()));
		}
		else {
			change(appeal, AppealStatus.REJECTED, "REJECTED", decision);
		}
	}

	private void publish(Appeal appeal, ContentModerated decision) {
		Instant at = decision.decidedAt();
		String edited = decision.editedText();
		if (edited != null && !edited.strip().equals(appeal.text())) {
			appeals.setText(appeal.id(), edited.strip());
			appeals.addHistory(appeal.id(), new AppealStore.HistoryEntry(AppealStatus.MODERATION, "TEXT_EDITED",
					decision.reason(), decision.moderator(), appeal.text(), at));
		}
		appeals.setStatus(appeal.id(), AppealStatus.ROUTED, at, null);
		appeals.addHistory(appeal.id(),
				new AppealStore.HistoryEntry(AppealStatus.ROUTED, "PUBLISHED", null, decision.moderator(), null, at));
		events.publishEvent(new AppealStatusChanged(appeal.id(), appeal.number(), AppealStatus.MODERATION,
				AppealStatus.ROUTED, null, at));
		events.publishEvent(new AppealPublished(appeal.id(), appeal.topic(), appeal.district(), appeal.point(), at));
	}

	private void merge(Appeal appeal, ContentModerated decision, AppealId originalId) {
		Appeal original = appeals.find(originalId).filter(found -> found.status().isPublic()).orElse(null);
		if (original == null) {
			log.warn("Appeal {} was merged into {}, which is not a published appeal: rejected instead", appeal.id(),
					originalId);
			change(appeal, AppealStatus.REJECTED, "REJECTED", decision);
			return;
		}
		appeals.setStatus(appeal.id(), AppealStatus.MERGED, null, original.id());
		if (appeals.follow(original.id(), appeal.author(), "MERGED", decision.decidedAt())) {
			appeals.addSupporter(original.id());
		}
		change(appeal, AppealStatus.MERGED, "MERGED", decision);
	}

	private void change(Appeal appeal, AppealStatus status, String change, ContentModerated decision) {
		if (status == AppealStatus.REJECTED) {
			appeals.setStatus(appeal.id(), status, null, null);
		}
		appeals.addHistory(appeal.id(), new AppealStore.HistoryEntry(status, change, decision.reason(),
				decision.moderator(), null, decision.decidedAt()));
		events.publishEvent(new AppealStatusChanged(appeal.id(), appeal.number(), AppealStatus.MODERATION, status,
				decision.reason(), decision.decidedAt()));
	}

}
