package ru.vmeste.objects;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** The shape every object of a type has on the map. */
public enum GeometryKind {

	POINT, LINE, POLYGON;

	/** Whether a geometry has this kind's shape (a polygon kind takes multipolygons too). */
	public boolean accepts(Geometry geometry) {
		return switch (this) {
			case POINT -> geometry instanceof Point;
			case LINE -> geometry instanceof LineString;
			case POLYGON -> geometry instanceof Polygon || geometry instanceof MultiPolygon;
		};
	}

}
