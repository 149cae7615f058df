package ru.vmeste.reports.internal;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.vmeste.moderation.ContentModerated;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealStatus;

/**
 * Applies moderators' decisions to appeals through the life cycle: published appeals become
 * PUBLISHED (routing then finds their organization), rejected ones keep the reason, merged ones
 * make their author a follower of the original. A redelivered decision changes nothing.
 */
@Component
class ModerationOutcomes {

	private static final Logger log = LoggerFactory.getLogger(ModerationOutcomes.class);

	private final AppealStore appeals;

	private final AppealLifecycle lifecycle;

	ModerationOutcomes(AppealStore appeals, AppealLifecycle lifecycle) {
		this.appeals = appeals;
		this.lifecycle = lifecycle;
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
		Instant at = decision.decidedAt();
		if (decision.published()) {
			String edited = decision.editedText();
			if (edited != null && !edited.strip().equals(appeal.text())) {
				lifecycle.editText(appeal, edited.strip(), decision.reason(), decision.moderator(), at);
			}
			lifecycle.publish(appeal, decision.moderator(), at);
		}
		else if (decision.mergedInto() != null) {
			merge(appeal, decision, AppealId.of(decision.mergedInto()));
		}
		else {
			lifecycle.reject(appeal, decision.reason(), decision.moderator(), at);
		}
	}

	private void merge(Appeal appeal, ContentModerated decision, AppealId originalId) {
		Appeal original = appeals.find(originalId).filter(found -> found.status().isPublic()).orElse(null);
		if (original == null) {
			log.warn("Appeal {} was merged into {}, which is not a published appeal: rejected instead", appeal.id(),
					originalId);
			lifecycle.reject(appeal, decision.reason(), decision.moderator(), decision.decidedAt());
			return;
		}
		lifecycle.merge(appeal, original, decision.reason(), decision.moderator(), decision.decidedAt());
	}

}
