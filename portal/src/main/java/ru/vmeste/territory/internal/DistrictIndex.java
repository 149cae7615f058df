package ru.vmeste.territory.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.geo.GeoJson;
import ru.vmeste.territory.District;

/**
 * An immutable spatial index of district boundaries: an STR-tree over prepared geometries,
 * so a lookup touches only the few districts whose bounding boxes hold the point.
 */
public final class DistrictIndex {

	/** A district with its boundary. */
	public record Boundary(District district, Geometry geometry) {
	}

	private record Entry(District district, PreparedGeometry geometry) {
	}

	private final STRtree tree = new STRtree();

	public DistrictIndex(List<Boundary> boundaries) {
		PreparedGeometryFactory factory = new PreparedGeometryFactory();
		for (Boundary boundary : boundaries) {
			tree.insert(boundary.geometry().getEnvelopeInternal(),
					new Entry(boundary.district(), factory.create(boundary.geometry())));
		}
		tree.build();
	}

	public Optional<District> locate(GeoPoint point) {
		Point target = GeoJson.WGS84.createPoint(new Coordinate(point.lon(), point.lat()));
		@SuppressWarnings("unchecked")
		List<Entry> candidates = tree.query(target.getEnvelopeInternal());
		return candidates.stream()
			.filter(entry -> entry.geometry().covers(target))
			.map(Entry::district)
			.min(Comparator.comparing(District::code));
	}

}
