package ru.vmeste.works.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.geo.BoundingBox;
import ru.vmeste.shared.geo.GeoJson;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.works.Funding;
import ru.vmeste.works.RatingSummary;
import ru.vmeste.works.Schedule;
import ru.vmeste.works.Work;
import ru.vmeste.works.WorkId;
import ru.vmeste.works.WorkKind;
import ru.vmeste.works.WorkPlace;
import ru.vmeste.works.WorkStatus;

/**
 * SQL for works and the city objects they touch.
 */
@Repository
public class WorkStore {

	/** Every column of a work, the box's corners and the geometry as text. */
	static final String SELECT = """
			select w.*, (w.extent[1])[0] as min_lon, (w.extent[1])[1] as min_lat, (w.extent[0])[0] as max_lon,
			    (w.extent[0])[1] as max_lat, w.geometry::text as geometry_json
			from works_works w
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	WorkStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Stores new works and answers their number. */
	long insert(Work work) {
		long number = jdbc.sql("""
				insert into works_works (id, title, description, kind, status, status_reason, program, program_year,
				    funding_source, budget, contract_amount, customer_id, contractor, external_ref, planned_start,
				    planned_end, actual_start, actual_end, progress, district_id, lat, lon, extent, geometry, created_at,
				    updated_at)
				values (:id, :title, :description, :kind, :status, :reason, :program, :year, :source, :budget, :amount,
				    :customer, :contractor, :ref, :plannedStart, :plannedEnd, :actualStart, :actualEnd, :progress,
				    :district, :lat, :lon, box(point(:minLon, :minLat), point(:maxLon, :maxLat)), cast(:geometry as jsonb),
				    :createdAt, :updatedAt)
				returning number
				""").params(parameters(work)).query(Long.class).single();
		replaceObjects(work.id(), work.place().objects());
		return number;
	}

	/** Writes everything that may change; objects are replaced. */
	void update(Work work) {
		jdbc.sql("""
				update works_works set title = :title, description = :description, kind = :kind, status = :status,
				    status_reason = :reason, program = :program, program_year = :year, funding_source = :source,
				    budget = :budget, contract_amount = :amount, contractor = :contractor, external_ref = :ref,
				    planned_start = :plannedStart, planned_end = :plannedEnd, actual_start = :actualStart,
				    actual_end = :actualEnd, progress = :progress, district_id = :district, lat = :lat, lon = :lon,
				    extent = box(point(:minLon, :minLat), point(:maxLon, :maxLat)), geometry = cast(:geometry as jsonb),
				    updated_at = :updatedAt
				where id = :id
				""").params(parameters(work)).update();
		replaceObjects(work.id(), work.place().objects());
	}

	public Optional<Work> find(WorkId id) {
		return jdbc.sql(SELECT + " where w.id = ?").param(id.value()).query(this::work).optional().map(this::withObjects);
	}

	/** Reads the works and locks them until the transaction ends, so concurrent changes queue up. */
	Optional<Work> lock(WorkId id) {
		return jdbc.sql(SELECT + " where w.id = ? for update").param(id.value())
			.query(this::work)
			.optional()
			.map(this::withObjects);
	}

	boolean hasWorksOf(OrganizationId customer) {
		return jdbc.sql("select exists (select 1 from works_works where customer_id = ?)")
			.param(customer.value())
			.query(Boolean.class)
			.single();
	}

	boolean existsRef(OrganizationId customer, String externalRef) {
		return jdbc.sql("select count(*) from works_works where customer_id = ? and external_ref = ?")
			.params(customer.value(), externalRef)
			.query(Long.class)
			.single() > 0;
	}

	/** Counts a published rating's score in the works' totals. */
	void addRating(WorkId id, int score) {
		jdbc.sql("update works_works set rating_count = rating_count + 1, rating_sum = rating_sum + ? where id = ?")
			.params(score, id.value())
			.update();
	}

	void setFlagged(WorkId id, @Nullable Instant since) {
		jdbc.sql("update works_works set flagged_at = ? where id = ?")
			.params(since == null ? null : Timestamp.from(since), id.value())
			.update();
	}

	/** The works with their objects, in the order given, read in two queries whatever their number. */
	List<Work> withObjects(List<Work> works) {
		if (works.isEmpty()) {
			return works;
		}
		Map<UUID, List<UUID>> objects = objectsOf(works.stream().map(work -> work.id().value()).toList());
		return works.stream().map(work -> withObjects(work, objects.getOrDefault(work.id().value(), List.of()))).toList();
	}

	private Work withObjects(Work work) {
		return withObjects(work, objectsOf(List.of(work.id().value())).getOrDefault(work.id().value(), List.of()));
	}

	private Map<UUID, List<UUID>> objectsOf(Collection<UUID> works) {
		Map<UUID, List<UUID>> objects = new HashMap<>();
		jdbc.sql("select work_id, object_id from works_work_objects where work_id in (:works) order by work_id, position")
			.param("works", works)
			.query((rs, row) -> objects.computeIfAbsent(rs.getObject(1, UUID.class), key -> new ArrayList<>())
				.add(rs.getObject(2, UUID.class)))
			.list();
		return objects;
	}

	private void replaceObjects(WorkId work, List<UUID> objects) {
		jdbc.sql("delete from works_work_objects where work_id = ?").param(work.value()).update();
		for (int i = 0; i < objects.size(); i++) {
			jdbc.sql("insert into works_work_objects (work_id, object_id, position) values (?, ?, ?)")
				.params(work.value(), objects.get(i), i)
				.update();
		}
	}

	private static Work withObjects(Work work, List<UUID> objects) {
		WorkPlace place = work.place();
		return new Work(work.id(), work.number(), work.title(), work.description(), work.kind(), work.status(),
				work.statusReason(), work.customer(), work.contractor(), work.externalRef(), work.funding(),
				work.schedule(), work.progress(),
				new WorkPlace(place.district(), place.point(), place.extent(), place.geometry(), objects), work.ratings(),
				work.flaggedAt(), work.createdAt(), work.updatedAt());
	}

	private Map<String, @Nullable Object> parameters(Work work) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		Funding funding = work.funding();
		Schedule schedule = work.schedule();
		BoundingBox extent = work.place().extent();
		parameters.put("id", work.id().value());
		parameters.put("title", work.title());
		parameters.put("description", work.description());
		parameters.put("kind", work.kind().name());
		parameters.put("status", work.status().name());
		parameters.put("reason", work.statusReason());
		parameters.put("program", funding.program());
		parameters.put("year", funding.programYear());
		parameters.put("source", funding.source());
		parameters.put("budget", funding.budget());
		parameters.put("amount", funding.contractAmount());
		parameters.put("customer", work.customer().value());
		parameters.put("contractor", work.contractor());
		parameters.put("ref", work.externalRef());
		parameters.put("plannedStart", schedule.plannedStart());
		parameters.put("plannedEnd", schedule.plannedEnd());
		parameters.put("actualStart", schedule.actualStart());
		parameters.put("actualEnd", schedule.actualEnd());
		parameters.put("progress", work.progress());
		parameters.put("district", work.place().district().value());
		parameters.put("lat", work.place().point().lat());
		parameters.put("lon", work.place().point().lon());
		parameters.put("minLon", extent.minLon());
		parameters.put("minLat", extent.minLat());
		parameters.put("maxLon", extent.maxLon());
		parameters.put("maxLat", extent.maxLat());
		parameters.put("geometry",
				work.place().geometry() == null ? null : json.writeValueAsString(GeoJson.write(work.place().geometry())));
		parameters.put("createdAt", Timestamp.from(work.createdAt()));
		parameters.put("updatedAt", Timestamp.from(work.updatedAt()));
		return parameters;
	}

	Work work(ResultSet rs, int row) throws SQLException {
		String geometry = rs.getString("geometry_json");
		Timestamp flagged = rs.getTimestamp("flagged_at");
		return new Work(new WorkId(rs.getObject("id", UUID.class)), rs.getLong("number"), rs.getString("title"),
				rs.getString("description"), WorkKind.valueOf(rs.getString("kind")),
				WorkStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
				new OrganizationId(rs.getObject("customer_id", UUID.class)), rs.getString("contractor"),
				rs.getString("external_ref"),
				new Funding(rs.getString("program"), rs.getObject("program_year", Integer.class),
						rs.getString("funding_source"), rs.getObject("budget", BigDecimal.class),
						rs.getObject("contract_amount", BigDecimal.class)),
				new Schedule(date(rs, "planned_start"), date(rs, "planned_end"), date(rs, "actual_start"),
						date(rs, "actual_end")),
				rs.getInt("progress"),
				new WorkPlace(new DistrictId(rs.getObject("district_id", UUID.class)),
						new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")),
						new BoundingBox(rs.getDouble("min_lon"), rs.getDouble("min_lat"), rs.getDouble("max_lon"),
								rs.getDouble("max_lat")),
						geometry == null ? null : GeoJson.read(json.readTree(geometry)), List.of()),
				new RatingSummary(rs.getInt("rating_count"), rs.getInt("rating_sum")),
				flagged == null ? null : flagged.toInstant(), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

}
