package ru.vmeste.objects.internal;

import org.jspecify.annotations.Nullable;

import ru.vmeste.objects.ObjectId;
import ru.vmeste.objects.ObjectStatus;
import ru.vmeste.objects.ObjectTypeId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.territory.DistrictId;

/**
 * An object as lists and search results show it.
 */
public record ObjectSummary(ObjectId id, ObjectTypeId type, LocalizedText name, @Nullable String address,
		GeoPoint point, ObjectStatus status, DistrictId district, OrganizationId owner) {
}
