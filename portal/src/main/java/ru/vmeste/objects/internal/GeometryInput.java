package ru.vmeste.objects.internal;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.geo.GeoJson;

/**
 * Reads a location as people and files give it: latitude and longitude, or a geometry in
 * GeoJSON or WKT (x = longitude). Refusals carry the reason for the report.
 */
public final class GeometryInput {

	private GeometryInput() {
	}

	/** A geometry written as GeoJSON (starting with a brace) or WKT. */
	public static Geometry geometry(String text, JsonMapper json) {
		String value = text.strip();
		Geometry geometry;
		try {
			geometry = value.startsWith("{") ? GeoJson.read(json.readTree(value)) : new WKTReader(GeoJson.WGS84).read(value);
		}
		catch (ParseException | JacksonException | IllegalArgumentException ex) {
			throw DomainException.invalid("objects.problem.geometry-unreadable");
		}
		Envelope extent = geometry.getEnvelopeInternal();
		if (!geometry.isEmpty() && !(GeoPoint.isValid(extent.getMinY(), extent.getMinX())
				&& GeoPoint.isValid(extent.getMaxY(), extent.getMaxX()))) {
			throw DomainException.invalid("objects.problem.coordinates");
		}
		return geometry;
	}

	/** A point from latitude and longitude columns; a decimal comma is accepted. */
	public static Geometry point(@Nullable String lat, @Nullable String lon) {
		if (lat == null || lon == null || lat.isBlank() || lon.isBlank()) {
			throw DomainException.invalid("objects.problem.geometry-missing");
		}
		try {
			double latitude = Double.parseDouble(lat.strip().replace(',', '.'));
			double longitude = Double.parseDouble(lon.strip().replace(',', '.'));
			if (!GeoPoint.isValid(latitude, longitude)) {
				throw DomainException.invalid("objects.problem.coordinates");
			}
			return GeoJson.WGS84.createPoint(new Coordinate(longitude, latitude));
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid("objects.problem.coordinates");
		}
	}

}
