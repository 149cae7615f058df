package ru.vmeste.reports.workspace;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.MemberRole;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.reports.internal.Handling;
import ru.vmeste.shared.DomainException;

/**
 * Whether an official answers for an appeal: only members of the organization it is routed to
 * see its internal side and act on it.
 */
@Component
public class Responsibility {

	private final Organizations organizations;

	Responsibility(Organizations organizations) {
		this.organizations = organizations;
	}

	public List<OrganizationId> organizationsOf(UserId official) {
		return organizations.membershipsOf(official).stream().map(Organizations.Membership::organization).toList();
	}

	public Optional<MemberRole> roleIn(Handling appeal, UserId official) {
		OrganizationId organization = appeal.organization();
		if (organization == null) {
			return Optional.empty();
		}
		return organizations.membershipsOf(official)
			.stream()
			.filter(membership -> membership.organization().equals(organization))
			.map(Organizations.Membership::role)
			.findFirst();
	}

	public boolean isResponsible(Handling appeal, UserId official) {
		return roleIn(appeal, official).isPresent();
	}

	/** The official's role in the appeal's organization; refused for anyone else. */
	public MemberRole require(Handling appeal, UserId official) {
		return roleIn(appeal, official).orElseThrow(() -> DomainException.forbidden("reports.case.not-responsible"));
	}

	public boolean isMember(OrganizationId organization, UserId official) {
		return organizations.membersOf(organization).stream().anyMatch(member -> member.official().equals(official));
	}

}
