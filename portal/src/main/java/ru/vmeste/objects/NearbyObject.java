package ru.vmeste.objects;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.shared.LocalizedText;

/**
 * The object under or nearest to a point, as routing needs it.
 *
 * @param distanceMeters from the point to the object's geometry; 0 when the point is on or inside it
 */
public record NearbyObject(ObjectId id, String typeCode, LocalizedText name, OrganizationId owner,
		double distanceMeters) {
}
