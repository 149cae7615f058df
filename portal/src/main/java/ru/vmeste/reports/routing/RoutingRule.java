package ru.vmeste.reports.routing;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.TopicId;
import ru.vmeste.territory.DistrictId;

/**
 * A responsibility rule an administrator keeps: appeals of a topic (or of every topic of a
 * group) go to the owner of a nearby object, or to an organization in a district or the whole
 * region.
 *
 * @param district the district an area rule covers; {@code null} for the whole region
 * @param organization who answers under an area rule; {@code null} for an object rule
 * @param objectTypes the object types an object rule looks for
 * @param radiusMeters how far from the point an object rule looks
 */
public record RoutingRule(UUID id, Kind kind, TopicId topic, @Nullable DistrictId district,
		@Nullable OrganizationId organization, Set<String> objectTypes, int radiusMeters, boolean active) {

	public static final int MAX_RADIUS = 1000;

	public RoutingRule {
		objectTypes = Set.copyOf(objectTypes);
	}

	/** What a rule looks at. */
	public enum Kind {

		/** The owner of the object under or nearest to the point. */
		OBJECT_OWNER,
		/** An organization for a district or the whole region. */
		AREA

	}

	public static RoutingRule objectOwner(UUID id, TopicId topic, Set<String> objectTypes, int radiusMeters) {
		return new RoutingRule(id, Kind.OBJECT_OWNER, topic, null, null, objectTypes, radiusMeters, true);
	}

	public static RoutingRule area(UUID id, TopicId topic, @Nullable DistrictId district, OrganizationId organization) {
		return new RoutingRule(id, Kind.AREA, topic, district, organization, Set.of(), 0, true);
	}

}
