package ru.vmeste.objects;

import org.jspecify.annotations.Nullable;

import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;

/**
 * An object found by its name or address, as a place search offers it.
 *
 * @param point a representative point inside the object's geometry
 */
public record NamedObject(ObjectId id, LocalizedText name, @Nullable String address, GeoPoint point) {
}
