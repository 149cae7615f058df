package ru.vmeste.objects.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.identity.UserId;
import ru.vmeste.objects.CityObject;
import ru.vmeste.objects.ObjectId;
import ru.vmeste.objects.ObjectStatus;
import ru.vmeste.objects.ObjectTypeId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.territory.DistrictId;

/**
 * SQL for single objects, their history and lists.
 */
@Repository
class ObjectStore {

	/** How similar (0 to 1) a name or address must be to the query's words to be found. */
	static final String SIMILARITY = "0.4";

	private static final String SUMMARY =
			"id, type_id, name_ru, name_en, address, lat, lon, status, district_id, owner_id";

	private final JdbcClient jdbc;

	private final ObjectRows rows;

	ObjectStore(JdbcClient jdbc, ObjectRows rows) {
		this.jdbc = jdbc;
		this.rows = rows;
	}

	Optional<CityObject> find(ObjectId id) {
		return jdbc.sql("select *, geometry::text as geometry_json from objects_objects where id = ?")
			.param(id.value())
			.query(rows::object)
			.optional();
	}

	ObjectId insert(ObjectDraft draft, String source, Instant now) {
		ObjectId id = new ObjectId(UUID.randomUUID());
		jdbc.sql("""
				insert into objects_objects (id, type_id, external_id, name_ru, name_en, address, geometry, lat, lon,
				    extent, owner_id, district_id, status, attributes, source, search_text, content_hash, created_at,
				    updated_at)
				values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?::box, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)
				""")
			.params(id.value(), draft.type().value(), draft.externalId(), draft.name().ru(), draft.name().en(),
					draft.address(), draft.geometryJson(), draft.point().lat(), draft.point().lon(), draft.extent(),
					draft.owner().value(), draft.district().value(), draft.status().name(), draft.attributesJson(),
					source, draft.searchText(), draft.contentHash(), Timestamp.from(now), Timestamp.from(now))
			.update();
		return id;
	}

	void update(ObjectId id, ObjectDraft draft, String source, Instant now) {
		jdbc.sql("""
				update objects_objects set external_id = ?, name_ru = ?, name_en = ?, address = ?, geometry = ?::jsonb,
				    lat = ?, lon = ?, extent = ?::box, owner_id = ?, district_id = ?, status = ?, attributes = ?::jsonb,
				    source = ?, search_text = ?, content_hash = ?, updated_at = ?
				where id = ?
				""")
			.params(draft.externalId(), draft.name().ru(), draft.name().en(), draft.address(), draft.geometryJson(),
					draft.point().lat(), draft.point().lon(), draft.extent(), draft.owner().value(),
					draft.district().value(), draft.status().name(), draft.attributesJson(), source,
					draft.searchText(), draft.contentHash(), Timestamp.from(now), id.value())
			.update();
	}

	boolean externalIdTaken(ObjectDraft draft, @Nullable ObjectId except) {
		return draft.externalId() != null && jdbc.sql("""
				select exists (select 1 from objects_objects where type_id = ? and external_id = ? and id <> ?)
				""").params(draft.type().value(), draft.externalId(), except == null ? new UUID(0, 0) : except.value())
			.query(Boolean.class)
			.single();
	}

	void recordChange(ObjectId id, Instant at, @Nullable UserId by, String change, List<String> fields) {
		jdbc.sql("insert into objects_history (object_id, changed_at, changed_by, change, fields) values (?, ?, ?, ?, ?)")
			.params(id.value(), Timestamp.from(at), by == null ? null : by.value(), change,
					fields.toArray(String[]::new))
			.update();
	}

	Paged<HistoryEntry> history(ObjectId id, PageQuery page) {
		List<HistoryEntry> entries = jdbc.sql("""
				select changed_at, change, fields from objects_history where object_id = ?
				order by id desc limit ? offset ?
				""").params(id.value(), page.size(), page.offset()).query((rs, row) -> new HistoryEntry(
					rs.getTimestamp("changed_at").toInstant(), rs.getString("change"), strings(rs.getArray("fields"))))
			.list();
		long total = jdbc.sql("select count(*) from objects_history where object_id = ?").param(id.value())
			.query(Long.class)
			.single();
		return Paged.of(entries, page, total);
	}

	/** Names in natural order: "№ 3" before "№ 12" (the text before the first number, then the number). */
	static final String NATURAL_ORDER = "regexp_replace(name_ru, '\\d.*$', ''), substring(name_ru from '\\d{1,18}')::bigint nulls first, name_ru, id";

	/** Must run in a transaction when searching: the similarity threshold is set for it alone. */
	Paged<ObjectSummary> list(ObjectFilter filter, PageQuery page) {
		StringBuilder where = new StringBuilder(" where true");
		List<Object> params = new ArrayList<>();
		if (filter.type() != null) {
			where.append(" and type_id = ?");
			params.add(filter.type().value());
		}
		if (filter.district() != null) {
			where.append(" and district_id = ?");
			params.add(filter.district().value());
		}
		String order = " order by " + NATURAL_ORDER;
		List<Object> orderParams = new ArrayList<>();
		if (filter.query() != null) {
			// a typo in a short name leaves about half the trigrams; 0.6, the default, misses "Шкала № 12"
			jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', ?, true)").param(SIMILARITY)
				.query(String.class)
				.single();
			String query = SearchText.query(filter.query());
			where.append(" and ? <% search_text");
			params.add(query);
			order = " order by word_similarity(?, search_text) desc, " + NATURAL_ORDER;
			orderParams.add(query);
		}
		List<Object> listParams = new ArrayList<>(params);
		listParams.addAll(orderParams);
		listParams.add(page.size());
		listParams.add(page.offset());
		List<ObjectSummary> items = jdbc.sql("select " + SUMMARY + " from objects_objects" + where + order
				+ " limit ? offset ?").params(listParams).query(ObjectStore::summary).list();
		long total = jdbc.sql("select count(*) from objects_objects" + where).params(params).query(Long.class).single();
		return Paged.of(items, page, total);
	}

	/** How many objects there are: read from the zoom-0 clusters, exact and a few rows however big the registry. */
	long count() {
		return jdbc.sql("""
				select coalesce(sum(objects), 0) from objects_clusters where zoom = 0 and type_id = ? and district_id = ?
				""").params(ObjectMap.ALL, ObjectMap.ALL).query(Long.class).single();
	}

	static ObjectSummary summary(ResultSet rs, int row) throws SQLException {
		return new ObjectSummary(new ObjectId(rs.getObject("id", UUID.class)),
				new ObjectTypeId(rs.getObject("type_id", UUID.class)),
				new LocalizedText(rs.getString("name_ru"), rs.getString("name_en")), rs.getString("address"),
				new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")), ObjectStatus.valueOf(rs.getString("status")),
				new DistrictId(rs.getObject("district_id", UUID.class)),
				new OrganizationId(rs.getObject("owner_id", UUID.class)));
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

}
