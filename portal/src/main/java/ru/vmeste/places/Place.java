package ru.vmeste.places;

import org.jspecify.annotations.Nullable;

import ru.vmeste.objects.ObjectId;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;

/**
 * A place a search found: a house ("ул. Ленина, 60"), a street, or a registry object.
 *
 * @param object the registry object, for {@link PlaceKind#OBJECT}
 */
public record Place(PlaceKind kind, LocalizedText label, GeoPoint point, @Nullable ObjectId object) {
}
