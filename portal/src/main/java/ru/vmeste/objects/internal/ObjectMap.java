package ru.vmeste.objects.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.objects.ObjectId;
import ru.vmeste.objects.ObjectStatus;
import ru.vmeste.objects.ObjectTypeId;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.shared.geo.BoundingBox;
import ru.vmeste.shared.geo.MapGrid;
import ru.vmeste.territory.DistrictId;

/**
 * What a map viewport shows. Below {@link MapGrid#STREET_ZOOM} it reads the precomputed cluster
 * cells of the zoom (a few hundred index entries, however many objects there are); at street
 * zoom it reads the objects whose bounding box meets the viewport through the GiST index.
 */
@Repository
@Transactional(readOnly = true)
public class ObjectMap {

	/** At most this many objects come back at street zoom; a denser viewport is marked truncated. */
	public static final int MAX_FEATURES = 5000;

	static final String CLUSTERS = """
			select cell_x, cell_y, sum(objects) as objects, sum(sum_lat) / sum(objects) as lat,
			       sum(sum_lon) / sum(objects) as lon
			from objects_clusters
			where zoom = ? and cell_x between ? and ? and cell_y between ? and ? and objects > 0
			  and (cast(? as uuid) is null or type_id = ?) and (cast(? as uuid) is null or district_id = ?)
			group by cell_x, cell_y
			""";

	static final String FEATURES = """
			select id, type_id, name_ru, name_en, status, geometry::text as geometry_json
			from objects_objects
			where extent && box(point(?, ?), point(?, ?))
			  and (cast(? as uuid) is null or type_id = ?) and (cast(? as uuid) is null or district_id = ?)
			limit ?
			""";

	/** A group of objects in one grid cell, placed at their mean position. */
	public record Cluster(double lat, double lon, long count) {
	}

	/** One object at street zoom, with its geometry as stored (RFC 7946 GeoJSON). */
	public record Feature(ObjectId id, ObjectTypeId type, LocalizedText name, ObjectStatus status, String geometryJson) {
	}

	private final JdbcClient jdbc;

	ObjectMap(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Cluster> clusters(BoundingBox box, int zoom, @Nullable ObjectTypeId type,
			@Nullable DistrictId district) {
		double cell = MapGrid.cellDegrees(zoom);
		UUID typeId = type == null ? null : type.value();
		UUID districtId = district == null ? null : district.value();
		return jdbc.sql(CLUSTERS)
			.params(zoom, cell(box.minLon() + 180, cell), cell(box.maxLon() + 180, cell), cell(box.minLat() + 90, cell),
					cell(box.maxLat() + 90, cell), typeId, typeId, districtId, districtId)
			.query((rs, row) -> new Cluster(rs.getDouble("lat"), rs.getDouble("lon"), rs.getLong("objects")))
			.list();
	}

	/** Up to {@link #MAX_FEATURES} + 1 objects, so the caller sees whether there were more. */
	public List<Feature> features(BoundingBox box, @Nullable ObjectTypeId type, @Nullable DistrictId district) {
		UUID typeId = type == null ? null : type.value();
		UUID districtId = district == null ? null : district.value();
		return jdbc.sql(FEATURES)
			.params(box.minLon(), box.minLat(), box.maxLon(), box.maxLat(), typeId, typeId, districtId, districtId,
					MAX_FEATURES + 1)
			.query((rs, row) -> new Feature(new ObjectId(rs.getObject("id", UUID.class)),
					new ObjectTypeId(rs.getObject("type_id", UUID.class)),
					new LocalizedText(rs.getString("name_ru"), rs.getString("name_en")),
					ObjectStatus.valueOf(rs.getString("status")), rs.getString("geometry_json")))
			.list();
	}

	/** The grid cell index of a shifted coordinate: the same arithmetic as the cluster trigger's. */
	private static int cell(double shifted, double cellDegrees) {
		return (int) Math.floor(shifted / cellDegrees);
	}

}
