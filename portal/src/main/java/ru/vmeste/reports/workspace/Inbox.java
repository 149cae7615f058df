package ru.vmeste.reports.workspace;

import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.WorkCalendar;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.ReportsSettings;
import ru.vmeste.reports.internal.AppealStore;
import ru.vmeste.reports.internal.Handling;
import ru.vmeste.reports.internal.HandlingStore;
import ru.vmeste.reports.workflow.Workflow;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * The officials' inbox: the appeals routed to their organizations, by view (new, in work, due
 * soon, overdue, waiting for the resident, to route by hand, answered), with a count for each.
 */
@Component
@Transactional(readOnly = true)
public class Inbox {

	/** A view of the inbox and the condition that makes it. */
	public enum View {

		OPEN("status in ('ROUTED', 'IN_PROGRESS', 'REOPENED')"),
		NEW("status in ('ROUTED', 'REOPENED')"),
		IN_WORK("status = 'IN_PROGRESS' and paused_since is null"),
		DUE_SOON("status in ('ROUTED', 'IN_PROGRESS', 'REOPENED') and paused_since is null and deadline between :today and :soon"),
		OVERDUE("status in ('ROUTED', 'IN_PROGRESS', 'REOPENED') and paused_since is null and deadline < :today"),
		INFO("status in ('ROUTED', 'IN_PROGRESS', 'REOPENED') and paused_since is not null"),
		MANUAL("status in ('ROUTED', 'IN_PROGRESS', 'REOPENED') and needs_manual_routing"),
		ANSWERED("status = 'ANSWERED'");

		private final String condition;

		View(String condition) {
			this.condition = condition;
		}

	}

	/** Whose appeals: the official's organizations, optionally only those assigned to one executor. */
	public record Filter(List<OrganizationId> organizations, View view, @Nullable UserId assignee) {
	}

	/** An appeal in the inbox and how it is handled. */
	public record Item(Appeal appeal, Handling handling) {
	}

	private final JdbcClient jdbc;

	private final Workflow workflow;

	private final WorkCalendar calendar;

	private final int dueSoonDays;

	Inbox(JdbcClient jdbc, Workflow workflow, WorkCalendar calendar, ReportsSettings settings) {
		this.jdbc = jdbc;
		this.workflow = workflow;
		this.calendar = calendar;
		this.dueSoonDays = settings.dueSoonDays();
	}

	public Paged<Item> page(Filter filter, PageQuery page) {
		if (filter.organizations().isEmpty()) {
			return Paged.of(List.of(), page, 0);
		}
		String where = where(filter) + " and " + filter.view().condition;
		String order = filter.view() == View.ANSWERED ? "number desc" : "deadline nulls last, number";
		List<Item> items = params(jdbc.sql("select * from reports_appeals where " + where + " order by " + order
				+ " limit :limit offset :offset"), filter)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> new Item(AppealStore.appeal(rs, row), HandlingStore.handling(rs, row)))
			.list();
		long total = params(jdbc.sql("select count(*) from reports_appeals where " + where), filter).query(Long.class)
			.single();
		return Paged.of(items, page, total);
	}

	/** How many appeals each view holds. */
	public Map<View, Long> counts(List<OrganizationId> organizations, @Nullable UserId assignee) {
		Map<View, Long> counts = new EnumMap<>(View.class);
		if (organizations.isEmpty()) {
			List.of(View.values()).forEach(view -> counts.put(view, 0L));
			return counts;
		}
		Filter filter = new Filter(organizations, View.OPEN, assignee);
		StringBuilder columns = new StringBuilder();
		for (View view : View.values()) {
			columns.append(columns.isEmpty() ? "" : ", ").append("count(*) filter (where ").append(view.condition)
				.append(") as ").append(view.name());
		}
		return params(jdbc.sql("select " + columns + " from reports_appeals where " + where(filter)
				+ " and status in ('ROUTED', 'IN_PROGRESS', 'REOPENED', 'ANSWERED')"), filter)
			.query((rs, row) -> {
				for (View view : View.values()) {
					counts.put(view, rs.getLong(view.name()));
				}
				return counts;
			})
			.single();
	}

	private static String where(Filter filter) {
		return "organization_id in (:organizations)" + (filter.assignee() == null ? "" : " and assignee_id = :assignee");
	}

	private JdbcClient.StatementSpec params(JdbcClient.StatementSpec statement, Filter filter) {
		LocalDate today = workflow.today();
		JdbcClient.StatementSpec spec = statement
			.param("organizations", filter.organizations().stream().map(OrganizationId::value).toList())
			.param("today", Date.valueOf(today))
			.param("soon", Date.valueOf(calendar.current().addWorkingDays(today, dueSoonDays)));
		return filter.assignee() == null ? spec : spec.param("assignee", filter.assignee().value());
	}

}
