package ru.vmeste.reports.routing;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import ru.vmeste.shared.GeoPoint;

/**
 * Finds no objects while the registry of city objects is not part of the portal.
 */
@Component
class EmptyObjectFinder implements ObjectFinder {

	@Override
	public Optional<FoundObject> nearest(GeoPoint point, Set<String> typeCodes, int radiusMeters) {
		return Optional.empty();
	}

}
