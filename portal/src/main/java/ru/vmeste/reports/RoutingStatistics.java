package ru.vmeste.reports;

import java.util.UUID;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * How well routing works, for the public statistics: per rule and per organization, how many
 * appeals were sent there and how many an official had to send on (misrouted).
 */
public interface RoutingStatistics {

	/** Rules by their misrouted decisions, most first. */
	Paged<RuleCount> byRule(PageQuery page);

	/** Organizations by the appeals they had to send on, most first (the default organization's manual routing excluded). */
	Paged<OrganizationCount> byOrganization(PageQuery page);

	/** A rule's decisions and how many of them were misrouted. */
	record RuleCount(UUID rule, long routed, long misrouted) {
	}

	/** Appeals an organization received and how many of them were misrouted. */
	record OrganizationCount(OrganizationId organization, long routed, long misrouted) {
	}

}
