package ru.vmeste.reports;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.territory.DistrictId;

/**
 * Keeping the rules that say which organization answers appeals, as the routing administration
 * page does (and an import, or the demo). docs/routing.md has the order they are asked in.
 */
public interface ResponsibilityRules {

	/** Whether a rule in force names the topic or group. */
	boolean covers(TopicId topic);

	/** Appeals of the topic (or of every topic of the group) in the district, or the whole region, go to the organization. */
	UUID areaRule(TopicId topic, @Nullable DistrictId district, OrganizationId organization);

	/** Appeals of the topic (or group) go to the owner of the nearest object of the types within the radius. */
	UUID objectOwnerRule(TopicId topic, Set<String> objectTypes, int radiusMeters);

}
