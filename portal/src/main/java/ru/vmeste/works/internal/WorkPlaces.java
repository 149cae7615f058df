package ru.vmeste.works.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.geo.BoundingBox;
import ru.vmeste.shared.geo.GeoJson;
import ru.vmeste.territory.District;
import ru.vmeste.territory.Territory;
import ru.vmeste.works.WorkPlace;

/**
 * Works where the customer says they are: a GeoJSON geometry (a point, the line of a road, the
 * outline of a yard). The place must lie in one of the region's districts and be of a city's
 * size, not a planet's.
 */
@Component
public class WorkPlaces {

	static final int MAX_POSITIONS = 5000;

	/** About 50 km: larger works are a typing mistake (or several works). */
	static final double MAX_SPAN_DEGREES = 0.5;

	private final Territory territory;

	private final JsonMapper json;

	WorkPlaces(Territory territory, JsonMapper json) {
		this.territory = territory;
		this.json = json;
	}

	/** Reads a GeoJSON geometry; anything else is a clear refusal. */
	public Geometry parse(String geoJson) {
		try {
			return GeoJson.read(json.readTree(geoJson));
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw DomainException.invalid("works.geometry.invalid");
		}
	}

	public Geometry point(double lat, double lon) {
		if (!GeoPoint.isValid(lat, lon)) {
			throw DomainException.invalid("works.geometry.invalid");
		}
		return GeoJson.WGS84.createPoint(new Coordinate(lon, lat));
	}

	WorkPlace resolve(@Nullable Geometry geometry, List<UUID> objects) {
		if (!objects.isEmpty()) {
			throw DomainException.invalid("works.object.unknown", objects.getFirst());
		}
		if (geometry == null) {
			throw DomainException.invalid("works.location.required");
		}
		if (geometry.getNumPoints() > MAX_POSITIONS) {
			throw DomainException.invalid("works.geometry.too-detailed", MAX_POSITIONS);
		}
		Envelope envelope = geometry.getEnvelopeInternal();
		if (envelope.getWidth() > MAX_SPAN_DEGREES || envelope.getHeight() > MAX_SPAN_DEGREES) {
			throw DomainException.invalid("works.location.too-large");
		}
		Point inside = geometry.getInteriorPoint();
		GeoPoint point = new GeoPoint(inside.getY(), inside.getX());
		District district = territory.locate(point).orElseThrow(() -> DomainException.invalid("works.location.outside"));
		return new WorkPlace(district.id(), point, new BoundingBox(envelope.getMinX(), envelope.getMinY(),
				envelope.getMaxX(), envelope.getMaxY()), geometry, objects);
	}

}
