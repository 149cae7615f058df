package ru.vmeste.objects.internal;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.linearref.LengthIndexedLine;

import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.geo.GeoJson;

/**
 * Geometry helpers for city objects in WGS-84 (x = longitude, y = latitude).
 */
final class Geometries {

	/** Length of a degree of latitude (and of longitude at the equator), on the mean Earth sphere. */
	private static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180;

	private Geometries() {
	}

	/**
	 * Where an object's marker goes: the point itself, the middle of a line, a point surely inside
	 * a polygon (its centroid may fall outside an L-shaped yard).
	 */
	static GeoPoint representativePoint(Geometry geometry) {
		Coordinate coordinate = switch (geometry) {
			case Point point -> point.getCoordinate();
			case LineString line -> new LengthIndexedLine(line).extractPoint(line.getLength() / 2);
			default -> geometry.getInteriorPoint().getCoordinate();
		};
		return new GeoPoint(coordinate.y, coordinate.x);
	}

	/**
	 * Metres from a point to the nearest part of a geometry, 0 when it is on or inside it; in a
	 * local equirectangular projection around the point, exact enough within a city.
	 */
	static double metresTo(Geometry geometry, GeoPoint point) {
		AffineTransformation toMetres = AffineTransformation.scaleInstance(
				METRES_PER_DEGREE * Math.cos(Math.toRadians(point.lat())), METRES_PER_DEGREE);
		Point target = GeoJson.WGS84.createPoint(new Coordinate(point.lon(), point.lat()));
		return toMetres.transform(geometry).distance(toMetres.transform(target));
	}

}
