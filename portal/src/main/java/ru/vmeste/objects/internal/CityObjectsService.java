package ru.vmeste.objects.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Geometry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.objects.CityObject;
import ru.vmeste.objects.CityObjects;
import ru.vmeste.objects.NamedObject;
import ru.vmeste.objects.NearbyObject;
import ru.vmeste.objects.ObjectId;
import ru.vmeste.objects.ObjectType;
import ru.vmeste.objects.ObjectTypeId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.shared.PageQuery;

/**
 * Answers other modules' questions about object types and objects.
 */
@Service
@Transactional(readOnly = true)
class CityObjectsService implements CityObjects {

	/** The GiST index orders candidates by their bounding box; the exact distance decides among these. */
	static final int NEAREST_CANDIDATES = 50;

	static final String NEAREST = """
			select o.id, t.code, o.name_ru, o.name_en, o.owner_id, o.geometry::text as geometry_json
			from objects_objects o join objects_types t on t.id = o.type_id
			where o.extent && box(point(?, ?), point(?, ?)) and (cast(? as uuid[]) is null or o.type_id = any(cast(? as uuid[])))
			order by o.extent <-> point(?, ?)
			limit ?
			""";

	private record Candidate(NearbyObject object, Geometry geometry) {
	}

	private final ObjectTypeCatalog types;

	private final ObjectStore store;

	private final ObjectRows rows;

	private final JdbcClient jdbc;

	CityObjectsService(ObjectTypeCatalog types, ObjectStore store, ObjectRows rows, JdbcClient jdbc) {
		this.types = types;
		this.store = store;
		this.rows = rows;
		this.jdbc = jdbc;
	}

	@Override
	public List<ObjectType> types() {
		return types.all();
	}

	@Override
	public Optional<ObjectType> type(ObjectTypeId id) {
		return types.find(id);
	}

	@Override
	public Optional<ObjectType> typeByCode(String code) {
		return types.byCode(code);
	}

	@Override
	public Optional<CityObject> find(ObjectId id) {
		return store.find(id);
	}

	@Override
	public List<NamedObject> search(String text, int limit) {
		if (text.strip().length() < ObjectFilter.MIN_QUERY) {
			return List.of();
		}
		return store.list(new ObjectFilter(null, null, text), new PageQuery(0, limit))
			.items()
			.stream()
			.map(found -> new NamedObject(found.id(), found.name(), found.address(), found.point()))
			.toList();
	}

	@Override
	public Optional<NearbyObject> nearest(GeoPoint point, Set<String> typeCodes, double radiusMeters) {
		String typeIds = null;
		if (!typeCodes.isEmpty()) {
			Set<UUID> ids = types.all()
				.stream()
				.filter(type -> typeCodes.contains(type.code()))
				.map(type -> type.id().value())
				.collect(Collectors.toSet());
			if (ids.isEmpty()) {
				return Optional.empty();
			}
			typeIds = ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
		}
		double dLat = Math.toDegrees(radiusMeters / 6_371_008.8);
		double dLon = dLat / Math.cos(Math.toRadians(point.lat()));
		return jdbc.sql(NEAREST)
			.params(point.lon() - dLon, point.lat() - dLat, point.lon() + dLon, point.lat() + dLat, typeIds, typeIds,
					point.lon(), point.lat(), NEAREST_CANDIDATES)
			.query((rs, row) -> {
				Geometry geometry = rows.geometry(rs.getString("geometry_json"));
				return new Candidate(new NearbyObject(new ObjectId(rs.getObject("id", UUID.class)), rs.getString("code"),
						new LocalizedText(rs.getString("name_ru"), rs.getString("name_en")),
						new OrganizationId(rs.getObject("owner_id", UUID.class)), Geometries.metresTo(geometry, point)),
						geometry);
			})
			.list()
			.stream()
			.filter(candidate -> candidate.object().distanceMeters() <= radiusMeters)
			// a point inside several polygons (a playground inside a park) is about the smallest one
			.min(Comparator.comparingDouble((Candidate candidate) -> candidate.object().distanceMeters())
				.thenComparingDouble(candidate -> candidate.geometry().getArea()))
			.map(Candidate::object);
	}

}
