package ru.vmeste.open311.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A POST requests call's parameters as the client sent them (text: the numbers are checked here).
 *
 * @param attributes answers to the service's attributes, by attribute code ({@code attribute[code]})
 */
public record PostedRequest(@Nullable String serviceCode, @Nullable String lat, @Nullable String lon,
		@Nullable String addressString, @Nullable String addressId, Map<String, String> attributes,
		@Nullable String email, @Nullable String firstName, @Nullable String lastName, @Nullable String phone,
		@Nullable String description, @Nullable String mediaUrl) {
}
