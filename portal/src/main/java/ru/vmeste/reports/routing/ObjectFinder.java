package ru.vmeste.reports.routing;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;

/**
 * Finds the city object of one of the types under or nearest to a point within a radius, with
 * its owner: what an object rule asks the registry of city objects (a seam, so the routing
 * order is tested without a database).
 */
@FunctionalInterface
interface ObjectFinder {

	Optional<FoundObject> nearest(GeoPoint point, Set<String> typeCodes, int radiusMeters);

	/** An object near the point and the organization that owns it. */
	record FoundObject(UUID id, LocalizedText name, OrganizationId owner, double distanceMeters) {
	}

}
