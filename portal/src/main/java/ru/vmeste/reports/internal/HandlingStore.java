package ru.vmeste.reports.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.AppealId;

/**
 * SQL for how appeals are handled: routing, process, stage, executor, deadlines and pauses.
 * Callers hold the appeal's lock ({@link AppealStore#lock}).
 */
@Repository
public class HandlingStore {

	/** Where routing sent an appeal and by when it is due. */
	public record Routed(OrganizationId organization, String rule, long decision, boolean needsManualRouting,
			@Nullable UUID object, UUID processVersion, Dates dates) {
	}

	/** The working-day deadline, the day to remind and the legal limit. */
	public record Dates(LocalDate deadline, LocalDate remindOn, LocalDate legalDeadline) {
	}

	private final JdbcClient jdbc;

	HandlingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Handling> of(AppealId id) {
		return jdbc.sql("select * from reports_appeals where id = ?").param(id.value()).query(HandlingStore::handling)
			.optional();
	}

	/** Hands the appeal to an organization: no executor or stage yet, the clocks start again. */
	public void route(AppealId id, Routed routed) {
		jdbc.sql("""
				update reports_appeals set organization_id = ?, routing_rule = ?, routing_decision_id = ?,
				    needs_manual_routing = ?, object_id = coalesce(?, object_id), process_version_id = ?,
				    assignee_id = null, stage = null, stage_deadline = null, paused_since = null, deadline = ?,
				    remind_on = ?, legal_deadline = ?, reminded_at = null, overdue_notified_at = null
				where id = ?
				""")
			.params(routed.organization().value(), routed.rule(), routed.decision(), routed.needsManualRouting(),
					routed.object(), routed.processVersion(), Date.valueOf(routed.dates().deadline()),
					Date.valueOf(routed.dates().remindOn()), Date.valueOf(routed.dates().legalDeadline()), id.value())
			.update();
	}

	public void assign(AppealId id, UserId executor) {
		jdbc.sql("update reports_appeals set assignee_id = ? where id = ?").params(executor.value(), id.value()).update();
	}

	public void enterStage(AppealId id, int stage, LocalDate stageDeadline) {
		jdbc.sql("update reports_appeals set stage = ?, stage_deadline = ? where id = ?")
			.params(stage, Date.valueOf(stageDeadline), id.value())
			.update();
	}

	public void pause(AppealId id, LocalDate since) {
		jdbc.sql("update reports_appeals set paused_since = ? where id = ?").params(Date.valueOf(since), id.value()).update();
	}

	/** Ends a pause with the deadlines moved on by the working days it lasted. */
	public void resume(AppealId id, @Nullable LocalDate deadline, @Nullable LocalDate stageDeadline,
			@Nullable LocalDate remindOn) {
		jdbc.sql("""
				update reports_appeals set paused_since = null, deadline = ?, stage_deadline = ?, remind_on = ?
				where id = ?
				""")
			.params(date(deadline), date(stageDeadline), date(remindOn), id.value())
			.update();
	}

	/** An appeal's reminders count as sent: an imported appeal's past is not escalated again. */
	public void remindersSent(AppealId id, Instant at) {
		jdbc.sql("update reports_appeals set reminded_at = ?, overdue_notified_at = ? where id = ?")
			.params(java.sql.Timestamp.from(at), java.sql.Timestamp.from(at), id.value())
			.update();
	}

	/** A reopened appeal starts over with the same organization and executor, under new deadlines. */
	public void reopen(AppealId id, Dates dates) {
		jdbc.sql("""
				update reports_appeals set reopen_count = reopen_count + 1, stage = null, stage_deadline = null,
				    paused_since = null, deadline = ?, remind_on = ?, legal_deadline = ?, reminded_at = null,
				    overdue_notified_at = null
				where id = ?
				""")
			.params(Date.valueOf(dates.deadline()), Date.valueOf(dates.remindOn()), Date.valueOf(dates.legalDeadline()),
					id.value())
			.update();
	}

	private static @Nullable Date date(@Nullable LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

	public static Handling handling(ResultSet rs, int row) throws SQLException {
		UUID organization = rs.getObject("organization_id", UUID.class);
		UUID assignee = rs.getObject("assignee_id", UUID.class);
		return new Handling(new AppealId(rs.getObject("id", UUID.class)),
				organization == null ? null : new OrganizationId(organization), rs.getObject("routing_decision_id", Long.class),
				rs.getBoolean("needs_manual_routing"), rs.getObject("process_version_id", UUID.class),
				rs.getObject("stage", Integer.class), localDate(rs, "deadline"), localDate(rs, "stage_deadline"),
				localDate(rs, "legal_deadline"), localDate(rs, "remind_on"), localDate(rs, "paused_since"),
				assignee == null ? null : new UserId(assignee), rs.getInt("reopen_count"));
	}

	private static @Nullable LocalDate localDate(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

}
