package ru.vmeste.reports.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealOutcome;
import ru.vmeste.reports.ReportsSettings;
import ru.vmeste.reports.internal.AppealLifecycle;
import ru.vmeste.reports.internal.AppealStore;

/**
 * Closes answered appeals whose author did not rate the answer within the confirmation period
 * ({@code vmeste.reports.confirmation-period}, 14 days) as {@link AppealOutcome#NOT_CONFIRMED}:
 * an answer nobody confirmed is not counted as a solved problem, and not left open forever
 * either. One instance at a time (ShedLock); each batch claims its appeals with
 * {@code for update skip locked}, so a rating arriving meanwhile waits or wins cleanly.
 */
@Component
public class UnconfirmedClosing {

	private static final int BATCH = 200;

	private final JdbcClient jdbc;

	private final AppealStore appeals;

	private final AppealLifecycle lifecycle;

	private final ReportsSettings settings;

	private final TransactionTemplate transaction;

	private final Clock clock;

	UnconfirmedClosing(JdbcClient jdbc, AppealStore appeals, AppealLifecycle lifecycle, ReportsSettings settings,
			PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.appeals = appeals;
		this.lifecycle = lifecycle;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${vmeste.reports.escalation-interval:15m}",
			initialDelayString = "${vmeste.reports.escalation-interval:15m}")
	@SchedulerLock(name = "reports-unconfirmed-closing", lockAtLeastFor = "${vmeste.reports.escalation-interval:15m}",
			lockAtMostFor = "${vmeste.reports.escalation-interval:15m}")
	public void run() {
		while (closeBatch() == BATCH) {
			// the next batch
		}
	}

	private int closeBatch() {
		Integer closed = transaction.execute(status -> {
			Instant now = clock.instant();
			List<AppealId> due = jdbc.sql("""
					select id from reports_appeals where status = 'ANSWERED' and answered_at <= ?
					order by answered_at, id limit ? for update skip locked
					""")
				.params(Timestamp.from(now.minus(settings.confirmationPeriod())), BATCH)
				.query((rs, row) -> new AppealId(rs.getObject("id", UUID.class)))
				.list();
			for (AppealId id : due) {
				Appeal appeal = appeals.lock(id).orElseThrow();
				if (appeal.organization() != null) {
					lifecycle.close(appeal, appeal.organization(), AppealOutcome.NOT_CONFIRMED, null, now);
				}
			}
			return due.size();
		});
		return closed == null ? 0 : closed;
	}

}
