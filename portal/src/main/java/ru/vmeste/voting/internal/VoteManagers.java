package ru.vmeste.voting.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import ru.vmeste.identity.Residents;
import ru.vmeste.identity.Role;
import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.shared.DomainException;
import ru.vmeste.territory.DistrictId;

/**
 * Who may manage which votes: administrators every vote, a {@link Role#VOTE_MANAGER} the votes of
 * the organizations they work in (and, for an organization of one district, only votes of that
 * district), nobody else any.
 */
@Component
class VoteManagers {

	/** What a user may manage: every vote, or the votes of these organizations. */
	record Reach(boolean everything, Set<OrganizationId> organizations) {

		boolean manages(@Nullable OrganizationId owner) {
			return everything || (owner != null && organizations.contains(owner));
		}

	}

	private final Residents residents;

	private final Organizations organizations;

	VoteManagers(Residents residents, Organizations organizations) {
		this.residents = residents;
		this.organizations = organizations;
	}

	Reach of(UserId user) {
		if (residents.hasRole(user, Role.ADMIN)) {
			return new Reach(true, Set.of());
		}
		if (!residents.hasRole(user, Role.VOTE_MANAGER)) {
			return new Reach(false, Set.of());
		}
		Set<OrganizationId> theirs = new LinkedHashSet<>();
		organizations.membershipsOf(user).forEach(membership -> theirs.add(membership.organization()));
		return new Reach(false, theirs);
	}

	/** Refuses unless the user may manage a vote of this organization. */
	Reach require(UserId user, @Nullable OrganizationId owner) {
		Reach reach = of(user);
		if (!reach.manages(owner)) {
			throw DomainException.forbidden("voting.manage.not-yours");
		}
		return reach;
	}

	/** The organization a new vote by this user belongs to: their first (null for an administrator without one). */
	@Nullable OrganizationId ownerOfNew(UserId user) {
		Reach reach = of(user);
		if (!reach.everything() && reach.organizations().isEmpty()) {
			throw DomainException.forbidden("voting.manage.not-yours");
		}
		return organizations.membershipsOf(user).stream().map(Organizations.Membership::organization).findFirst()
			.orElse(null);
	}

	/** The district a vote of this organization is confined to, if the organization serves one district. */
	@Nullable DistrictId districtOf(@Nullable OrganizationId owner) {
		return owner == null ? null : organizations.find(owner).map(Organization::district).orElse(null);
	}

}
