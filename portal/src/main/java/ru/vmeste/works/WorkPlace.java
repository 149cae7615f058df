package ru.vmeste.works;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.geo.BoundingBox;
import ru.vmeste.territory.DistrictId;

/**
 * Where works are: the district, a representative point for the map's marker, the box around
 * everything they touch, their own geometry (e.g. the line of a road) and the city objects.
 *
 * @param objects ids of city objects (objects module) the works touch, in the customer's order
 */
public record WorkPlace(DistrictId district, GeoPoint point, BoundingBox extent, @Nullable Geometry geometry,
		List<UUID> objects) {

	public WorkPlace {
		objects = List.copyOf(objects);
	}

}
