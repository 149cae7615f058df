package ru.vmeste.territory;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the territory module; {@code vmeste.region} keeps the place it was published under.
 *
 * @param region the code of the region this instance serves
 * @param territory how the regions and districts are cached
 */
@ConfigurationProperties("vmeste")
public record TerritorySettings(@DefaultValue("perm") String region, @DefaultValue Cache territory) {

	/**
	 * The in-memory copy of regions and district boundaries.
	 *
	 * @param refresh how long another instance's change to regions or districts may take to show here
	 */
	public record Cache(@DefaultValue("30s") Duration refresh) {
	}

}
