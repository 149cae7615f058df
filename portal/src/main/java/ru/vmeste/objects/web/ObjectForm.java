package ru.vmeste.objects.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Point;
import tools.jackson.databind.json.JsonMapper;

import ru.vmeste.objects.CityObject;
import ru.vmeste.objects.ObjectStatus;
import ru.vmeste.objects.internal.GeometryInput;
import ru.vmeste.objects.internal.RawObject;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.shared.geo.GeoJson;

/**
 * The administrator's form of one object. A point may be given by latitude and longitude (or
 * picked on the map); any shape as GeoJSON or WKT. Every rule is checked by the registry's
 * object check, which reports each problem on its field.
 *
 * @param owner the responsible organization's code
 * @param attributes raw values by attribute code
 */
record ObjectForm(@Nullable String externalId, @Nullable String name, @Nullable String nameEn, @Nullable String address,
		@Nullable String lat, @Nullable String lon, @Nullable String geometry, @Nullable String owner,
		@Nullable ObjectStatus status, @Nullable Map<String, String> attributes) {

	static ObjectForm empty() {
		return new ObjectForm("", "", "", "", "", "", "", "", ObjectStatus.ACTIVE, Map.of());
	}

	static ObjectForm of(CityObject object, Organizations organizations) {
		Map<String, String> attributes = new HashMap<>();
		object.attributes().forEach((code, value) -> attributes.put(code, switch (value) {
			case BigDecimal number -> number.toPlainString();
			case LocalDate date -> date.toString();
			default -> value.toString();
		}));
		boolean point = object.geometry() instanceof Point;
		return new ObjectForm(object.externalId(), object.name().ru(), object.name().en(), object.address(),
				point ? String.valueOf(object.point().lat()) : "", point ? String.valueOf(object.point().lon()) : "",
				point ? "" : GeoJson.write(object.geometry()).toString(),
				organizations.find(object.owner()).map(organization -> organization.code()).orElse(""), object.status(),
				attributes);
	}

	RawObject toRaw(JsonMapper json) {
		String shape = text(geometry);
		return new RawObject(externalId, text(name), text(nameEn), text(address),
				() -> shape.isEmpty() ? GeometryInput.point(lat, lon) : GeometryInput.geometry(shape, json), text(owner),
				status == null ? "" : status.name(), attributes == null ? Map.of() : attributes);
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

}
