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
 * cells of the zoom: one row per visible cell, however many objects there are. From street
 * zoom it reads the objects whose bounding box meets the viewport through the GiST index,
 * unless the finest cells suggest the screen holds more than {@value #MAX_STREET_OBJECTS} of
 * them: then it still shows those cells' clusters (thousands of markers help no one, and
 * reading them would be slow).
 */
@Repository
@Transactional(readOnly = true)
public class ObjectMap {

	/** At most this many objects come back at street zoom; a denser viewport is marked truncated. */
	public static final int MAX_FEATURES = 5000;

	/** The finest zoom with precomputed clusters. */
	static final int FINEST_CLUSTERS = MapGrid.STREET_ZOOM - 1;

	static final int MAX_STREET_OBJECTS = 500;

	/** Stands for "every type" and "every district" in the cluster rows. */
	static final UUID ALL = new UUID(0, 0);

	static final String CLUSTERS = """
			select cell_x, cell_y, objects, sum_lat / objects as lat, sum_lon / objects as lon
			from objects_clusters
			where zoom = ? and type_id = ? and district_id = ? and cell_x between ? and ? and cell_y between ? and ?
			  and objects > 0
			""";

	static final String FEATURES = """
			select id, type_id, name_ru, name_en, status, geometry::text as geometry_json
			from objects_objects
			where extent && box(point(?, ?), point(?, ?))
			  and (cast(? as uuid) is null or type_id = ?) and (cast(? as uuid) is null or district_id = ?)
			limit ?
			""";

	/** What a viewport shows: clusters, or objects. */
	public sealed interface View {
	}

	/** Groups of objects, each in one grid cell, placed at the objects' mean position. */
	public record Clusters(List<Cluster> clusters) implements View {
	}

	/** Single objects; {@code truncated} when there were more than {@link #MAX_FEATURES}. */
	public record Features(List<Feature> features, boolean truncated) implements View {
	}

	/** A group of objects in one grid cell ({@code cellX}, {@code cellY} at its zoom). */
	public record Cluster(int cellX, int cellY, double lat, double lon, long count) {
	}

	/** One object at street zoom, with its geometry as stored (RFC 7946 GeoJSON). */
	public record Feature(ObjectId id, ObjectTypeId type, LocalizedText name, ObjectStatus status, String geometryJson) {
	}

	private final JdbcClient jdbc;

	ObjectMap(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public View view(BoundingBox box, int zoom, @Nullable ObjectTypeId type, @Nullable DistrictId district) {
		if (!MapGrid.showsIndividualFeatures(zoom)) {
			return new Clusters(clusters(box, zoom, type, district));
		}
		List<Cluster> finest = clusters(box, FINEST_CLUSTERS, type, district);
		if (estimate(box, finest) > MAX_STREET_OBJECTS) {
			return new Clusters(finest);
		}
		List<Feature> features = features(box, type, district);
		return features.size() > MAX_FEATURES ? new Features(features.subList(0, MAX_FEATURES), true)
				: new Features(features, false);
	}

	private List<Cluster> clusters(BoundingBox box, int zoom, @Nullable ObjectTypeId type,
			@Nullable DistrictId district) {
		double cell = MapGrid.cellDegrees(zoom);
		return jdbc.sql(CLUSTERS)
			.params(zoom, type == null ? ALL : type.value(), district == null ? ALL : district.value(),
					cell(box.minLon() + 180, cell), cell(box.maxLon() + 180, cell), cell(box.minLat() + 90, cell),
					cell(box.maxLat() + 90, cell))
			.query((rs, row) -> new Cluster(rs.getInt("cell_x"), rs.getInt("cell_y"), rs.getDouble("lat"), rs.getDouble("lon"),
					rs.getLong("objects")))
			.list();
	}

	private List<Feature> features(BoundingBox box, @Nullable ObjectTypeId type, @Nullable DistrictId district) {
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

	/**
	 * How many objects the viewport holds, from the finest cells it touches: each cell's count
	 * times the share of the cell the viewport covers, as if objects were spread evenly in it.
	 */
	static double estimate(BoundingBox box, List<Cluster> cells) {
		double size = MapGrid.cellDegrees(FINEST_CLUSTERS);
		double objects = 0;
		for (Cluster cell : cells) {
			double west = cell.cellX() * size - 180;
			double south = cell.cellY() * size - 90;
			double width = Math.min(box.maxLon(), west + size) - Math.max(box.minLon(), west);
			double height = Math.min(box.maxLat(), south + size) - Math.max(box.minLat(), south);
			objects += cell.count() * Math.max(0, width) * Math.max(0, height) / (size * size);
		}
		return objects;
	}

	/** The grid cell index of a shifted coordinate: the same arithmetic as the cluster trigger's. */
	private static int cell(double shifted, double cellDegrees) {
		return (int) Math.floor(shifted / cellDegrees);
	}

}
