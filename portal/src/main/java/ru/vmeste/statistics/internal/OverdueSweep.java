package ru.vmeste.statistics.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Time passing is no event: an open appeal becomes overdue when its deadline day ends. The sweep
 * works out again the figures of open appeals whose deadline has passed since they were last
 * worked out — each at most once a day, from an index of just those — so the overdue figures
 * stay current without ever scanning the appeals.
 */
@Component
public class OverdueSweep {

	private static final int BATCH = 200;

	private final ProjectionStore store;

	private final Projection projection;

	private final TransactionTemplate transaction;

	private final Clock clock;

	OverdueSweep(ProjectionStore store, Projection projection, PlatformTransactionManager transactions, Clock clock) {
		this.store = store;
		this.projection = projection;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${vmeste.statistics.sweep-interval:15m}",
			initialDelayString = "${vmeste.statistics.sweep-interval:15m}")
	@SchedulerLock(name = "statistics-overdue-sweep", lockAtLeastFor = "${vmeste.statistics.sweep-interval:15m}")
	public void run() {
		while (sweepBatch() == BATCH) {
			// the next batch
		}
	}

	private int sweepBatch() {
		Integer swept = transaction.execute(status -> {
			List<UUID> due = store.pastDue(LocalDate.now(clock), BATCH);
			Map<UUID, Projection.Refold> appeals = new LinkedHashMap<>();
			due.forEach(appeal -> appeals.put(appeal, new Projection.Refold(0, Map.of())));
			projection.refold(appeals);
			return due.size();
		});
		return swept == null ? 0 : swept;
	}

}
