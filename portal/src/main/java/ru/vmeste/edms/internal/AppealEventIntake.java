package ru.vmeste.edms.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import ru.vmeste.edms.internal.Outbox.Kind;
import ru.vmeste.reports.AppealClosed;
import ru.vmeste.reports.AppealRated;
import ru.vmeste.reports.AppealReopened;
import ru.vmeste.reports.AppealRouted;
import ru.vmeste.reports.InformationProvided;

/**
 * Hears of appeals' changes and hands them to {@link Delivery}. Unlike the portal's other
 * listeners it runs inside the publishing transaction, just before it commits: the EDMS queue's
 * messages commit with the change they tell of or not at all, in the order the events were
 * published (asynchronous module listeners get the events of one transaction concurrently), and
 * the thread never needs a second connection while it holds the first (docs/edms.md, "Why a
 * queue of our own").
 */
@Component
class AppealEventIntake {

	private final Delivery delivery;

	AppealEventIntake(Delivery delivery) {
		this.delivery = delivery;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(AppealRouted routed) {
		delivery.routed(routed.appeal(), routed.number(), routed.organization(), routed.from(), routed.deadline(),
				routed.at());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(InformationProvided provided) {
		delivery.happened(provided.appeal(), Kind.INFORMATION, Map.of(), provided.at());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(AppealRated rated) {
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("score", rated.score());
		facts.put("solved", rated.solved());
		delivery.happened(rated.appeal(), Kind.RATED, facts, rated.at());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(AppealReopened reopened) {
		delivery.happened(reopened.appeal(), Kind.REOPENED, Map.of("deadline", reopened.deadline().toString()),
				reopened.at());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(AppealClosed closed) {
		delivery.happened(closed.appeal(), Kind.CLOSED, Map.of("outcome", closed.outcome().name()), closed.at());
	}

}
