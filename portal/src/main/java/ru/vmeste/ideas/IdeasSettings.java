package ru.vmeste.ideas;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of Suggest (the ideas module).
 *
 * @param supportThreshold supports an idea outside campaigns needs before experts review it
 * (a campaign sets its own)
 * @param similar how the form finds ideas that likely say the same while a resident types
 * @param roads how a drawn road stretch is linked with the registry's road objects
 * @param calendarInterval how often the campaign calendar moves campaigns into the phase their
 * schedule says (one instance at a time)
 */
@ConfigurationProperties("vmeste.ideas")
public record IdeasSettings(@DefaultValue("50") int supportThreshold, @DefaultValue Similar similar,
		@DefaultValue Roads roads, @DefaultValue("1m") Duration calendarInterval) {

	public IdeasSettings {
		if (supportThreshold < 1) {
			throw new IllegalArgumentException("vmeste.ideas.support-threshold must be at least 1");
		}
	}

	/**
	 * Similar ideas.
	 *
	 * @param radiusMetres ideas with a place count as similar within this distance (ideas without
	 * a place are compared by text alone)
	 * @param minSimilarity the least pg_trgm similarity of title and text, 0–1
	 */
	public record Similar(@DefaultValue("300") int radiusMetres, @DefaultValue("0.25") double minSimilarity) {
	}

	/**
	 * Road stretches.
	 *
	 * @param objectTypes codes of the registry's object types that are roads
	 * @param linkRadiusMetres a road object within this distance of the drawn line is linked to it
	 */
	public record Roads(@DefaultValue("road-segment") List<String> objectTypes,
			@DefaultValue("30") int linkRadiusMetres) {
	}

}
