package ru.vmeste.works.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.shared.geo.BoundingBox;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.works.Work;
import ru.vmeste.works.WorkKind;
import ru.vmeste.works.WorkStatus;

/**
 * Lists works for the public map and list, and for customers' workspace: by status, kind,
 * program, district, year (the planned period overlaps it), lateness, viewport, customer,
 * low ratings and city object. "Overdue" here means what {@link ru.vmeste.works.Schedule}
 * says: the planned end passed and the works are not completed or cancelled.
 */
@Component
@Transactional(readOnly = true)
public class WorkSearch {

	/** What to filter by; every part is optional. */
	public record Filter(@Nullable WorkStatus status, @Nullable WorkKind kind, @Nullable String program,
			@Nullable DistrictId district, @Nullable Integer year, boolean overdue, @Nullable BoundingBox box,
			Set<OrganizationId> customers, boolean flagged, @Nullable UUID object) {

		public Filter {
			customers = Set.copyOf(customers);
		}

		public static Filter none() {
			return new Filter(null, null, null, null, null, false, null, Set.of(), false, null);
		}

	}

	/** How a list is ordered: the public sees the newest planned first, customers the latest changed. */
	public enum Order {

		PLANNED("planned_start desc, id"), UPDATED("updated_at desc, id");

		private final String sql;

		Order(String sql) {
			this.sql = sql;
		}

	}

	/** A marker of the map: one works at their representative point. */
	public record Marker(UUID id, long number, String title, WorkStatus status, double lat, double lon) {
	}

	/** The home page's figures. */
	public record Figures(long inProgress, long overdue, long completedThisYear) {
	}

	/** Markers shown at most on one map. */
	public static final int MAX_MARKERS = 1000;

	private final JdbcClient jdbc;

	private final WorkStore works;

	private final Clock clock;

	WorkSearch(JdbcClient jdbc, WorkStore works, Clock clock) {
		this.jdbc = jdbc;
		this.works = works;
		this.clock = clock;
	}

	public Paged<Work> page(Filter filter, Order order, PageQuery page) {
		Where where = where(filter);
		List<Work> items = jdbc.sql(WorkStore.SELECT + " where " + where.sql + " order by " + order.sql
				+ " limit :limit offset :offset")
			.params(where.params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(works::work)
			.list();
		long total = jdbc.sql("select count(*) from works_works w where " + where.sql).params(where.params)
			.query(Long.class)
			.single();
		return Paged.of(works.withObjects(items), page, total);
	}

	/** The markers of the works that match, the newest planned first, at most {@value #MAX_MARKERS}. */
	public List<Marker> markers(Filter filter) {
		Where where = where(filter);
		return jdbc.sql("select id, number, title, status, lat, lon from works_works w where " + where.sql
				+ " order by planned_start desc, id limit " + MAX_MARKERS)
			.params(where.params)
			.query((rs, row) -> new Marker(rs.getObject("id", UUID.class), rs.getLong("number"), rs.getString("title"),
					WorkStatus.valueOf(rs.getString("status")), rs.getDouble("lat"), rs.getDouble("lon")))
			.list();
	}

	/** The programs works belong to, for the filter; at most a hundred. */
	public List<String> programs() {
		return jdbc.sql("select distinct program from works_works where program is not null order by program limit 100")
			.query(String.class)
			.list();
	}

	public Figures figures() {
		LocalDate today = LocalDate.now(clock);
		return jdbc.sql("""
				select count(*) filter (where status = 'IN_PROGRESS'),
				       count(*) filter (where status in ('PLANNED', 'CONTRACTING', 'IN_PROGRESS', 'SUSPENDED')
				                          and planned_end < :today),
				       count(*) filter (where status in ('COMPLETED', 'ACCEPTED') and actual_end >= :yearStart)
				from works_works
				""").param("today", today)
			.param("yearStart", today.withDayOfYear(1))
			.query((rs, row) -> new Figures(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	private Where where(Filter filter) {
		List<String> conditions = new ArrayList<>(List.of("true"));
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.status() != null) {
			conditions.add("w.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.kind() != null) {
			conditions.add("w.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.program() != null) {
			conditions.add("w.program = :program");
			params.put("program", filter.program());
		}
		if (filter.district() != null) {
			conditions.add("w.district_id = :district");
			params.put("district", filter.district().value());
		}
		if (filter.year() != null) {
			conditions.add("w.planned && daterange(make_date(:year, 1, 1), make_date(:year, 12, 31), '[]')");
			params.put("year", filter.year());
		}
		if (filter.overdue()) {
			conditions.add("w.status in ('PLANNED', 'CONTRACTING', 'IN_PROGRESS', 'SUSPENDED') and w.planned_end < :today");
			params.put("today", LocalDate.now(clock));
		}
		BoundingBox box = filter.box();
		if (box != null) {
			conditions.add("w.extent && box(point(:minLon, :minLat), point(:maxLon, :maxLat))");
			params.put("minLon", box.minLon());
			params.put("minLat", box.minLat());
			params.put("maxLon", box.maxLon());
			params.put("maxLat", box.maxLat());
		}
		if (!filter.customers().isEmpty()) {
			conditions.add("w.customer_id in (:customers)");
			params.put("customers", filter.customers().stream().map(OrganizationId::value).toList());
		}
		if (filter.flagged()) {
			conditions.add("w.flagged_at is not null");
		}
		if (filter.object() != null) {
			conditions.add("w.id in (select work_id from works_work_objects where object_id = :object)");
			params.put("object", filter.object());
		}
		return new Where(String.join(" and ", conditions), params);
	}

}
