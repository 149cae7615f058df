package ru.vmeste.organizations;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import ru.vmeste.identity.UserId;
import ru.vmeste.shared.LocalizedText;

/**
 * The organizations module's API.
 */
public interface Organizations {

	List<Organization> all();

	Optional<Organization> find(OrganizationId id);

	Optional<Organization> byCode(String code);

	/** Where appeals go that no rule routes: the region's moderating organization. */
	Organization defaultModerator();

	/** The organizations an official works in, with the role in each. */
	List<Membership> membershipsOf(UserId official);

	List<Membership> membersOf(OrganizationId organization);

	/**
	 * How many active officials (members who hold the OFFICIAL role) each organization has, for
	 * the organizations that have any: an organization missing here has nobody to answer an
	 * appeal, so routing never sends one there.
	 */
	Map<OrganizationId, Integer> officialCounts();

	/**
	 * Who publishes the region's open data: its top administration (an administration that is
	 * no other organization's part), else the region itself; empty before either is set up.
	 */
	Optional<LocalizedText> openDataPublisher();

	/** An official's place in an organization. */
	record Membership(OrganizationId organization, UserId official, MemberRole role) {
	}

}
