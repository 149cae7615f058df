package ru.vmeste.reports.routing;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import ru.vmeste.objects.CityObjects;
import ru.vmeste.shared.GeoPoint;

/**
 * Asks the registry of city objects for the object under or nearest to the point.
 */
@Component
class RegistryObjectFinder implements ObjectFinder {

	private final CityObjects objects;

	RegistryObjectFinder(CityObjects objects) {
		this.objects = objects;
	}

	@Override
	public Optional<FoundObject> nearest(GeoPoint point, Set<String> typeCodes, int radiusMeters) {
		return objects.nearest(point, typeCodes, radiusMeters)
			.map(found -> new FoundObject(found.id().value(), found.name(), found.owner(), found.distanceMeters()));
	}

}
