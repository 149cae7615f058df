package ru.vmeste.places;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the places module.
 *
 * @param reverseRadius how far (metres) a house may be from a point to name the point's address
 * @param objectRadius how far (metres) a registry object may be from a point to be offered for it
 * @param similarity how much of a typed street name (0..1 of its trigrams) must match a street
 */
@ConfigurationProperties("vmeste.places")
public record PlacesSettings(@DefaultValue("150") double reverseRadius, @DefaultValue("60") double objectRadius,
		@DefaultValue("0.4") double similarity) {
}
