package ru.vmeste.works.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
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

import ru.vmeste.objects.CityObject;
import ru.vmeste.objects.CityObjects;
import ru.vmeste.objects.ObjectId;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.geo.BoundingBox;
import ru.vmeste.shared.geo.GeoJson;
import ru.vmeste.territory.District;
import ru.vmeste.territory.Territory;
import ru.vmeste.works.WorkPlace;

/**
 * Works where the customer says they are: a GeoJSON geometry (a point, the line of a road, the
 * outline of a yard) and/or city objects of the registry, each of which must exist. The place
 * must lie in one of the region's districts and be of a city's size, not a planet's.
 */
@Component
public class WorkPlaces {

	static final int MAX_POSITIONS = 5000;

	/** About 50 km: larger works are a typing mistake (or several works). */
	static final double MAX_SPAN_DEGREES = 0.5;

	/** Works touching more objects than this are a program, better imported as several works. */
	static final int MAX_OBJECTS = 50;

	private final Territory territory;

	private final CityObjects cityObjects;

	private final JsonMapper json;

	WorkPlaces(Territory territory, CityObjects cityObjects, JsonMapper json) {
		this.territory = territory;
		this.cityObjects = cityObjects;
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

	/**
	 * The place of works from their own geometry and/or the objects they touch (duplicates
	 * dropped); without a geometry the objects' shapes tell where the works are.
	 */
	WorkPlace resolve(@Nullable Geometry geometry, List<UUID> objects) {
		List<UUID> ids = List.copyOf(new LinkedHashSet<>(objects));
		if (ids.size() > MAX_OBJECTS) {
			throw DomainException.invalid("works.object.too-many", MAX_OBJECTS);
		}
		List<Geometry> shapes = new ArrayList<>();
		if (geometry != null) {
			shapes.add(geometry);
		}
		for (UUID id : ids) {
			CityObject object = cityObjects.find(new ObjectId(id))
				.orElseThrow(() -> DomainException.invalid("works.object.unknown", id));
			shapes.add(object.geometry());
		}
		if (shapes.isEmpty()) {
			throw DomainException.invalid("works.location.required");
		}
		if (geometry != null && geometry.getNumPoints() > MAX_POSITIONS) {
			throw DomainException.invalid("works.geometry.too-detailed", MAX_POSITIONS);
		}
		Envelope envelope = new Envelope();
		shapes.forEach(shape -> envelope.expandToInclude(shape.getEnvelopeInternal()));
		if (envelope.getWidth() > MAX_SPAN_DEGREES || envelope.getHeight() > MAX_SPAN_DEGREES) {
			throw DomainException.invalid("works.location.too-large");
		}
		Point inside = shapes.getFirst().getInteriorPoint();
		GeoPoint point = new GeoPoint(inside.getY(), inside.getX());
		District district = territory.locate(point).orElseThrow(() -> DomainException.invalid("works.location.outside"));
		return new WorkPlace(district.id(), point, new BoundingBox(envelope.getMinX(), envelope.getMinY(),
				envelope.getMaxX(), envelope.getMaxY()), geometry, ids);
	}

}
