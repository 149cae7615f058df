package ru.vmeste.statistics.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.platform.db.Rows;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * Statistics for staff, never public: an organization's workload per executor and its overdue
 * appeals, and the moderators' queue times and decisions. Read from the statistics' own
 * projection through indexes of open and answered stays, never from the appeals.
 */
@Service
@Transactional(readOnly = true)
public class StaffStatistics {

	/**
	 * An executor's workload (executor null: nobody assigned yet).
	 *
	 * @param answered first answers within the period
	 */
	public record Workload(@Nullable UUID executor, long open, long overdue, long answered,
			@Nullable Double averageAnswerWorkingDays) {
	}

	/** An open appeal past its deadline at the organization. */
	public record OverdueAppeal(UUID appeal, long number, @Nullable UUID topic, LocalDate deadline, long daysLate,
			@Nullable UUID executor) {
	}

	/**
	 * A moderator's decisions within the period (moderator null: the auto-publish rule) and how
	 * long the content waited for them, in hours.
	 */
	public record ModeratorFigures(@Nullable UUID moderator, long decisions, long published, long edited, long rejected,
			long merged, @Nullable Double medianWaitHours, @Nullable Double averageWaitHours) {
	}

	/** What waits in the moderators' queue now. */
	public record Queue(long waiting, @Nullable Double oldestWaitHours) {
	}

	private final JdbcClient jdbc;

	StaffStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Workload> workload(OrganizationId organization, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select executor_id, count(*) filter (where open) as open, count(*) filter (where open and overdue) as overdue,
				       count(*) filter (where first_answered_on between :from and :to) as answered,
				       round(avg(answer_working_days) filter (where first_answered_on between :from and :to), 2) as days
				from statistics_handlings
				where organization_id = :organization and (open or first_answered_on between :from and :to)
				group by executor_id order by open desc, answered desc
				""")
			.param("organization", organization.value())
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, row) -> new Workload(Rows.uuid(rs, "executor_id"), rs.getLong("open"), rs.getLong("overdue"),
					rs.getLong("answered"), Rows.decimal(rs, "days")))
			.list();
	}

	public Paged<OverdueAppeal> overdue(OrganizationId organization, LocalDate today, PageQuery page) {
		List<OverdueAppeal> items = jdbc.sql("""
				select h.appeal_id, a.number, a.topic_id, h.deadline, h.executor_id
				from statistics_handlings h join statistics_appeals a on a.appeal_id = h.appeal_id
				where h.organization_id = ? and h.open and h.deadline < ?
				order by h.deadline, h.appeal_id limit ? offset ?
				""")
			.params(organization.value(), Date.valueOf(today), page.size(), page.offset())
			.query((rs, row) -> {
				LocalDate deadline = rs.getDate("deadline").toLocalDate();
				return new OverdueAppeal(rs.getObject("appeal_id", UUID.class), rs.getLong("number"),
						Rows.uuid(rs, "topic_id"), deadline, today.toEpochDay() - deadline.toEpochDay(),
						Rows.uuid(rs, "executor_id"));
			})
			.list();
		long total = jdbc.sql("select count(*) from statistics_handlings where organization_id = ? and open and deadline < ?")
			.params(organization.value(), Date.valueOf(today))
			.query(Long.class)
			.single();
		return Paged.of(items, page, total);
	}

	public List<ModeratorFigures> moderators(LocalDate from, LocalDate to, ZoneId zone) {
		return jdbc.sql("""
				select moderator_id, count(*) as decisions,
				       count(*) filter (where outcome = 'PUBLISHED') as published,
				       count(*) filter (where outcome = 'EDITED') as edited,
				       count(*) filter (where outcome = 'REJECTED') as rejected,
				       count(*) filter (where outcome = 'MERGED') as merged,
				       round((percentile_cont(0.5) within group (order by extract(epoch from decided_at - requested_at)) / 3600)::numeric, 2) as median,
				       round((avg(extract(epoch from decided_at - requested_at)) / 3600)::numeric, 2) as average
				from statistics_moderation
				where decided_at >= ? and decided_at < ? and requested_at is not null
				group by moderator_id order by decisions desc
				""")
			.params(Timestamp.from(from.atStartOfDay(zone).toInstant()),
					Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
			.query((rs, row) -> new ModeratorFigures(Rows.uuid(rs, "moderator_id"), rs.getLong("decisions"),
					rs.getLong("published"), rs.getLong("edited"), rs.getLong("rejected"), rs.getLong("merged"),
					Rows.decimal(rs, "median"), Rows.decimal(rs, "average")))
			.list();
	}

	public Queue queue(java.time.Instant now) {
		return jdbc.sql("""
				select count(*) as waiting, round((extract(epoch from ? - min(requested_at)) / 3600)::numeric, 2) as oldest
				from statistics_moderation where decided_at is null and requested_at is not null
				""")
			.param(Timestamp.from(now))
			.query((rs, row) -> new Queue(rs.getLong("waiting"), Rows.decimal(rs, "oldest")))
			.single();
	}

}
