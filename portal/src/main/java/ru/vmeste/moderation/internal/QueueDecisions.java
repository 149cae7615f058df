package ru.vmeste.moderation.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.moderation.ModerationDecisions;
import ru.vmeste.moderation.internal.ModerationItem.State;
import ru.vmeste.moderation.internal.ModerationQueue.Decision;
import ru.vmeste.moderation.internal.ModerationQueue.Verdict;

/**
 * Decisions other modules hand to the moderators' queue, taken exactly as a moderator's.
 */
@Service
class QueueDecisions implements ModerationDecisions {

	private final ModerationQueue queue;

	private final ItemStore items;

	QueueDecisions(ModerationQueue queue, ItemStore items) {
		this.queue = queue;
		this.items = items;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isPending(String kind, String subjectId) {
		return items.find(kind, subjectId).filter(item -> item.state() == State.PENDING).isPresent();
	}

	@Override
	public void publish(String kind, String subjectId, UserId moderator) {
		queue.decide(kind, subjectId, new Decision(Verdict.PUBLISH, null, null, null), moderator);
	}

	@Override
	public void reject(String kind, String subjectId, String reason, UserId moderator) {
		queue.decide(kind, subjectId, new Decision(Verdict.REJECT, reason, null, null), moderator);
	}

	@Override
	public void merge(String kind, String subjectId, String duplicateOf, @Nullable String reason, UserId moderator) {
		queue.decide(kind, subjectId, new Decision(Verdict.MERGE, reason, null, duplicateOf), moderator);
	}

}
