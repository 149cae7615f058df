package ru.vmeste.reports.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.TopicId;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.shared.geo.BoundingBox;
import ru.vmeste.shared.geo.MapGrid;
import ru.vmeste.territory.DistrictId;

/**
 * Lists published appeals for the public map and list, by viewport, topic, status, district
 * and period; far out on the map, as clusters with counts instead of single appeals.
 */
@Component
@Transactional(readOnly = true)
public class AppealSearch {

	/** What the public filters by; every part is optional. */
	public record Filter(Set<TopicId> topics, @Nullable AppealStatus status, @Nullable DistrictId district,
			@Nullable LocalDate from, @Nullable LocalDate to, @Nullable BoundingBox box) {
	}

	/** A cell of the clustering grid: several appeals, or one (then with its id, topic and status). */
	public record Cell(double lat, double lon, long count, @Nullable AppealId appeal, @Nullable TopicId topic,
			@Nullable AppealStatus status) {
	}

	/** The public statuses as an SQL list. */
	private static final String PUBLIC = AppealStatus.publicStatuses()
		.stream()
		.map(status -> "'" + status.name() + "'")
		.sorted()
		.collect(java.util.stream.Collectors.joining(", "));

	/** Individual appeals shown at street zoom at most. */
	static final int MAX_POINTS = 1000;

	private final JdbcClient jdbc;

	private final Clock clock;

	AppealSearch(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Paged<Appeal> page(Filter filter, PageQuery page) {
		Where where = where(filter);
		List<Appeal> items = jdbc.sql("select * from reports_appeals where " + where.sql
				+ " order by created_at desc, id limit :limit offset :offset")
			.params(where.params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(AppealStore::appeal)
			.list();
		long total = jdbc.sql("select count(*) from reports_appeals where " + where.sql).params(where.params)
			.query(Long.class)
			.single();
		return Paged.of(items, page, total);
	}

	/** The appeals in the viewport for a map at the zoom: clusters below street zoom, single appeals above. */
	public List<Cell> map(Filter filter, int zoom) {
		Where where = where(filter);
		if (MapGrid.showsIndividualFeatures(zoom)) {
			return jdbc.sql("select * from reports_appeals where " + where.sql + " order by created_at desc limit "
					+ MAX_POINTS)
				.params(where.params)
				.query(AppealStore::appeal)
				.list()
				.stream()
				.map(appeal -> new Cell(appeal.point().lat(), appeal.point().lon(), 1, appeal.id(), appeal.topic(),
						appeal.status()))
				.toList();
		}
		return jdbc.sql("""
				select count(*) as n, avg(lat) as lat, avg(lon) as lon, min(id::text) as id, min(topic_id::text) as topic,
				    min(status) as status
				from reports_appeals where %s
				group by floor(lon / :cell), floor(lat / :cell)
				""".formatted(where.sql))
			.params(where.params)
			.param("cell", MapGrid.cellDegrees(zoom))
			.query((rs, row) -> {
				long count = rs.getLong("n");
				boolean single = count == 1;
				return new Cell(rs.getDouble("lat"), rs.getDouble("lon"), count,
						single ? AppealId.of(rs.getString("id")) : null, single ? TopicId.of(rs.getString("topic")) : null,
						single ? AppealStatus.valueOf(rs.getString("status")) : null);
			})
			.list();
	}

	/** A resident's own appeals in every status. */
	public Paged<Appeal> byAuthor(UserId author, PageQuery page) {
		List<Appeal> items = jdbc.sql(
				"select * from reports_appeals where author_id = ? order by created_at desc, id limit ? offset ?")
			.params(author.value(), page.size(), page.offset())
			.query(AppealStore::appeal)
			.list();
		long total = jdbc.sql("select count(*) from reports_appeals where author_id = ?").param(author.value())
			.query(Long.class)
			.single();
		return Paged.of(items, page, total);
	}

	/**
	 * How many appeals are published and how many of them resolved.
	 *
	 * @param resolved closed with the author's confirmation that the problem is solved
	 */
	public record Figures(long published, long resolved) {
	}

	/** Published appeals and how many of them are resolved, for the home page. */
	public Figures figures() {
		return jdbc.sql("""
				select count(*) filter (where status in (%s)),
				       count(*) filter (where status = 'CLOSED' and outcome = 'SOLVED')
				from reports_appeals where status not in ('HELD', 'MODERATION')
				""".formatted(PUBLIC)).query((rs, row) -> new Figures(rs.getLong(1), rs.getLong(2))).single();
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	private Where where(Filter filter) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		AppealStatus status = filter.status();
		if (status != null && status.isPublic()) {
			conditions.add("status = :status");
			params.put("status", status.name());
		}
		else {
			conditions.add("status in (" + PUBLIC + ")");
		}
		if (!filter.topics().isEmpty()) {
			conditions.add("topic_id in (:topics)");
			params.put("topics", filter.topics().stream().map(TopicId::value).toList());
		}
		if (filter.district() != null) {
			conditions.add("district_id = :district");
			params.put("district", filter.district().value());
		}
		if (filter.from() != null) {
			conditions.add("created_at >= :from");
			params.put("from", Timestamp.from(filter.from().atStartOfDay(clock.getZone()).toInstant()));
		}
		if (filter.to() != null) {
			conditions.add("created_at < :to");
			params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
		}
		BoundingBox box = filter.box();
		if (box != null) {
			conditions.add("location <@ box(point(:minLon, :minLat), point(:maxLon, :maxLat))");
			params.put("minLon", box.minLon());
			params.put("minLat", box.minLat());
			params.put("maxLon", box.maxLon());
			params.put("maxLat", box.maxLat());
		}
		return new Where(String.join(" and ", conditions), params);
	}

}
