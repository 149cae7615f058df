package ru.vmeste.reports.workflow;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.AppealDeadlineNear;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealOverdue;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.internal.AppealChange;
import ru.vmeste.reports.internal.AppealLifecycle;
import ru.vmeste.reports.internal.HistoryEntry;
import ru.vmeste.reports.internal.Visibility;

/**
 * Escalates unanswered appeals by their process: reminds the executor once most of the time is
 * gone and tells the organization's heads once the deadline has passed. Each appeal is
 * reminded and reported at most once per deadline, however often the job runs and on however
 * many instances; a paused appeal waits for the resident and is left alone.
 */
@Component
public class Escalation {

	private static final int BATCH = 200;

	private static final String OPEN = "status in ('ROUTED', 'IN_PROGRESS', 'REOPENED') and paused_since is null";

	/** An appeal the job marked, as the update returned it. */
	private record Marked(AppealId id, long number, AppealStatus status, OrganizationId organization,
			@Nullable UserId executor, LocalDate deadline, @Nullable UUID process) {
	}

	private final JdbcClient jdbc;

	private final AppealLifecycle lifecycle;

	private final Processes processes;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Escalation(JdbcClient jdbc, AppealLifecycle lifecycle, Processes processes, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.lifecycle = lifecycle;
		this.processes = processes;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${vmeste.reports.escalation-interval:15m}",
			initialDelayString = "${vmeste.reports.escalation-interval:15m}")
	@SchedulerLock(name = "reports-escalation", lockAtLeastFor = "${vmeste.reports.escalation-interval:15m}",
			lockAtMostFor = "${vmeste.reports.escalation-interval:15m}")
	public void run() {
		while (inTransaction(this::remind) == BATCH) {
			// the next batch
		}
		while (inTransaction(this::reportOverdue) == BATCH) {
			// the next batch
		}
	}

	/** Reminds the executors of appeals whose reminder day has come and whose deadline has not passed. */
	private int remind(Instant now, LocalDate today) {
		List<Marked> marked = mark("reminded_at", "remind_on <= :today", now, today);
		for (Marked appeal : marked) {
			if (appeal.deadline().isBefore(today)) {
				continue;
			}
			lifecycle.record(appeal.id(), appeal.status(),
					HistoryEntry.of(appeal.status(), AppealChange.REMINDED, null, now).visibleTo(Visibility.STAFF));
			events.publishEvent(new AppealDeadlineNear(appeal.id(), appeal.number(), appeal.organization(),
					appeal.executor(), appeal.deadline()));
		}
		return marked.size();
	}

	/** Tells the heads about appeals past their deadline, if their process says so. */
	private int reportOverdue(Instant now, LocalDate today) {
		List<Marked> marked = mark("overdue_notified_at", "deadline < :today", now, today);
		for (Marked appeal : marked) {
			lifecycle.record(appeal.id(), appeal.status(),
					HistoryEntry.of(appeal.status(), AppealChange.OVERDUE, null, now).visibleTo(Visibility.STAFF));
			boolean notify = appeal.process() == null || processes.version(appeal.process()).notifyHeadWhenOverdue();
			if (notify) {
				events.publishEvent(new AppealOverdue(appeal.id(), appeal.number(), appeal.organization(),
						appeal.executor(), appeal.deadline()));
			}
		}
		return marked.size();
	}

	private List<Marked> mark(String column, String due, Instant now, LocalDate today) {
		return jdbc.sql("""
				update reports_appeals set %1$s = :now
				where id in (select id from reports_appeals where %1$s is null and %2$s and %3$s
				             order by id limit :batch for update skip locked)
				returning id, number, status, organization_id, assignee_id, deadline, process_version_id
				""".formatted(column, OPEN, due))
			.param("now", Timestamp.from(now))
			.param("today", Date.valueOf(today))
			.param("batch", BATCH)
			.query((rs, row) -> {
				UUID executor = rs.getObject("assignee_id", UUID.class);
				return new Marked(new AppealId(rs.getObject("id", UUID.class)), rs.getLong("number"),
						AppealStatus.valueOf(rs.getString("status")),
						new OrganizationId(rs.getObject("organization_id", UUID.class)),
						executor == null ? null : new UserId(executor), rs.getDate("deadline").toLocalDate(),
						rs.getObject("process_version_id", UUID.class));
			})
			.list();
	}

	private int inTransaction(Step step) {
		Integer done = transaction.execute(status -> {
			Instant now = clock.instant();
			return step.run(now, LocalDate.ofInstant(now, clock.getZone()));
		});
		return done == null ? 0 : done;
	}

	@FunctionalInterface
	private interface Step {

		int run(Instant now, LocalDate today);

	}

}
