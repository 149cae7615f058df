package ru.vmeste.objects;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.territory.DistrictId;

/**
 * An object of the city's registry: a road segment, a yard, a school, a street light…
 *
 * @param externalId its id in the system it was imported from, if any
 * @param point a representative point inside the geometry, where the map puts its marker
 * @param owner the organization responsible for it (routing sends appeals about it there)
 * @param attributes typed values by attribute code: String, BigDecimal, LocalDate or Boolean
 * @param source where the data came from, e.g. an import file or "admin"
 */
public record CityObject(ObjectId id, ObjectTypeId type, @Nullable String externalId, LocalizedText name,
		@Nullable String address, Geometry geometry, GeoPoint point, OrganizationId owner, DistrictId district,
		ObjectStatus status, Map<String, Object> attributes, String source, Instant updatedAt) {

	public CityObject {
		attributes = Map.copyOf(attributes);
	}

}
