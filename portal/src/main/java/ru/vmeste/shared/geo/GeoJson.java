package ru.vmeste.shared.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes RFC 7946 GeoJSON geometries ({@code [lon, lat]}) as JTS geometries with
 * x = longitude and y = latitude. Written polygons follow the right-hand rule: exterior rings
 * counterclockwise, holes clockwise.
 */
public final class GeoJson {

	/** WGS-84 with double precision; SRID 4326. */
	public static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

	private GeoJson() {
	}

	public static Geometry read(JsonNode geometry) {
		String type = text(geometry, "type");
		JsonNode coordinates = geometry.get("coordinates");
		if (coordinates == null || !coordinates.isArray()) {
			throw new IllegalArgumentException("A GeoJSON geometry needs a coordinates array");
		}
		return switch (type) {
			case "Point" -> WGS84.createPoint(coordinate(coordinates));
			case "LineString" -> WGS84.createLineString(coordinates(coordinates));
			case "Polygon" -> polygon(coordinates);
			case "MultiPolygon" -> {
				Polygon[] polygons = new Polygon[coordinates.size()];
				for (int i = 0; i < polygons.length; i++) {
					polygons[i] = polygon(coordinates.get(i));
				}
				yield WGS84.createMultiPolygon(polygons);
			}
			default -> throw new IllegalArgumentException("Unsupported GeoJSON geometry type: " + type);
		};
	}

	public static ObjectNode write(Geometry geometry) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		switch (geometry) {
			case Point point -> node.put("type", "Point").set("coordinates", position(point.getCoordinate()));
			case LineString line -> node.put("type", "LineString").set("coordinates", positions(line.getCoordinates()));
			case Polygon polygon -> node.put("type", "Polygon").set("coordinates", rings(polygon));
			case MultiPolygon multi -> {
				ArrayNode polygons = node.put("type", "MultiPolygon").putArray("coordinates");
				for (int i = 0; i < multi.getNumGeometries(); i++) {
					polygons.add(rings((Polygon) multi.getGeometryN(i)));
				}
			}
			default -> throw new IllegalArgumentException("Unsupported geometry: " + geometry.getGeometryType());
		}
		return node;
	}

	private static Polygon polygon(JsonNode rings) {
		if (rings.isEmpty()) {
			throw new IllegalArgumentException("A polygon needs at least one ring");
		}
		LinearRing shell = ring(rings.get(0));
		LinearRing[] holes = new LinearRing[rings.size() - 1];
		for (int i = 1; i < rings.size(); i++) {
			holes[i - 1] = ring(rings.get(i));
		}
		return WGS84.createPolygon(shell, holes);
	}

	private static LinearRing ring(JsonNode positions) {
		Coordinate[] coordinates = coordinates(positions);
		if (coordinates.length < 4 || !coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
			throw new IllegalArgumentException("A polygon ring must be closed and have at least four positions");
		}
		return WGS84.createLinearRing(coordinates);
	}

	private static Coordinate[] coordinates(JsonNode positions) {
		Coordinate[] coordinates = new Coordinate[positions.size()];
		for (int i = 0; i < coordinates.length; i++) {
			coordinates[i] = coordinate(positions.get(i));
		}
		return coordinates;
	}

	private static Coordinate coordinate(JsonNode position) {
		if (position == null || !position.isArray() || position.size() < 2 || !position.get(0).isNumber()
				|| !position.get(1).isNumber()) {
			throw new IllegalArgumentException("A GeoJSON position is [lon, lat]");
		}
		double lon = position.get(0).doubleValue();
		double lat = position.get(1).doubleValue();
		if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
			throw new IllegalArgumentException("A GeoJSON position is out of range: [" + lon + ", " + lat + "]");
		}
		return new Coordinate(lon, lat);
	}

	private static ArrayNode rings(Polygon polygon) {
		Polygon oriented = (Polygon) polygon.copy();
		oriented.normalize();
		// JTS normalizes shells clockwise and holes counterclockwise: the reverse of RFC 7946
		ArrayNode rings = JsonNodeFactory.instance.arrayNode();
		rings.add(positions(oriented.getExteriorRing().reverse().getCoordinates()));
		for (int i = 0; i < oriented.getNumInteriorRing(); i++) {
			rings.add(positions(oriented.getInteriorRingN(i).reverse().getCoordinates()));
		}
		return rings;
	}

	private static ArrayNode positions(Coordinate[] coordinates) {
		ArrayNode positions = JsonNodeFactory.instance.arrayNode();
		for (Coordinate coordinate : coordinates) {
			positions.add(position(coordinate));
		}
		return positions;
	}

	private static ArrayNode position(Coordinate coordinate) {
		return JsonNodeFactory.instance.arrayNode().add(coordinate.x).add(coordinate.y);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || !value.isString()) {
			throw new IllegalArgumentException("A GeoJSON geometry needs a \"" + field + "\"");
		}
		return value.asString();
	}

}
