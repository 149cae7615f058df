package ru.vmeste.places;

import org.jspecify.annotations.Nullable;

import ru.vmeste.objects.NearbyObject;

/**
 * What is at a point: the nearest house and the nearest registry object, each when near enough.
 *
 * @param addressDistanceMeters from the point to the house, when there is one
 */
public record Whereabouts(@Nullable Place address, double addressDistanceMeters, @Nullable NearbyObject object) {
}
