package ru.vmeste.statistics.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.Role;
import ru.vmeste.organizations.MemberRole;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.shared.DomainException;

/**
 * Whose staff statistics a user may see: administrators every organization's, an official the
 * organizations they head (and their departments); nobody else any.
 */
@Component
class StaffAccess {

	private final Organizations organizations;

	StaffAccess(Organizations organizations) {
		this.organizations = organizations;
	}

	/** The organizations the user may see, by name. */
	List<Organization> visibleTo(PortalUser user, Locale locale) {
		List<Organization> all = organizations.all();
		if (user.hasRole(Role.ADMIN)) {
			return all.stream().sorted(Comparator.comparing(organization -> organization.name().in(locale))).toList();
		}
		List<OrganizationId> headed = organizations.membershipsOf(user.id())
			.stream()
			.filter(membership -> membership.role() == MemberRole.HEAD)
			.map(Organizations.Membership::organization)
			.toList();
		return all.stream()
			.filter(organization -> headed.contains(organization.id())
					|| organization.parent() != null && headed.contains(organization.parent()))
			.sorted(Comparator.comparing(organization -> organization.name().in(locale)))
			.toList();
	}

	/** The organization asked for (or the first one visible), or 403. */
	Organization check(PortalUser user, @Nullable OrganizationId asked, Locale locale) {
		List<Organization> visible = visibleTo(user, locale);
		if (visible.isEmpty()) {
			throw DomainException.forbidden("statistics.staff.heads-only");
		}
		if (asked == null) {
			return visible.getFirst();
		}
		return visible.stream()
			.filter(organization -> organization.id().equals(asked))
			.findFirst()
			.orElseThrow(() -> DomainException.forbidden("statistics.staff.not-yours"));
	}

}
