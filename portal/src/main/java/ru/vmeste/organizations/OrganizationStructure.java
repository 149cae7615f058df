package ru.vmeste.organizations;

import ru.vmeste.identity.UserId;

/**
 * How the administration's structure is set up — what the administrators' pages and imports
 * do, for other modules such as the demo: organizations in their tree, their officials, and the
 * one that moderates (it receives the appeals no rule routes).
 */
public interface OrganizationStructure {

	/** Creates an organization under its parent; a code already taken is refused. */
	OrganizationId create(Organization draft);

	/** Adds an official (or an administrator) to an organization, or changes their role in it. */
	void addMember(OrganizationId organization, UserId member, MemberRole role);

	/** The organization that receives what no rule routes; there is one. */
	void chooseDefaultModerator(OrganizationId organization);

}
