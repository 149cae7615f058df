package ru.vmeste.works.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.shared.DomainException;

/**
 * Which organizations an official orders works for: those they are a member of. Officials
 * change works of their own organizations only.
 */
@Component
public class WorkCustomers {

	private final Organizations organizations;

	WorkCustomers(Organizations organizations) {
		this.organizations = organizations;
	}

	/** The organizations the official works in, by name. */
	public List<Organization> of(UserId official) {
		return organizations.membershipsOf(official)
			.stream()
			.map(membership -> organizations.find(membership.organization()))
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(organization -> organization.name().ru()))
			.toList();
	}

	public boolean isMember(UserId official, OrganizationId organization) {
		return organizations.membershipsOf(official).stream().anyMatch(m -> m.organization().equals(organization));
	}

	/** The organization works are created for: the one asked for, or the official's only one. */
	public OrganizationId customerFor(UserId official, @Nullable OrganizationId requested) {
		if (requested != null) {
			checkMember(official, requested);
			return requested;
		}
		List<Organizations.Membership> memberships = organizations.membershipsOf(official);
		if (memberships.size() == 1) {
			return memberships.getFirst().organization();
		}
		throw memberships.isEmpty() ? DomainException.forbidden("works.customer.not-member")
				: DomainException.invalid("works.customer.choose");
	}

	void checkMember(UserId official, OrganizationId organization) {
		if (!isMember(official, organization)) {
			throw DomainException.forbidden("works.customer.not-member");
		}
	}

}
