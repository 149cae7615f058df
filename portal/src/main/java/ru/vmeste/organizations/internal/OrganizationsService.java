package ru.vmeste.organizations.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.Residents;
import ru.vmeste.identity.Role;
import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.OrganizationKind;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.territory.Region;
import ru.vmeste.territory.Territory;

/**
 * Answers questions about organizations.
 */
@Service
@Transactional(readOnly = true)
class OrganizationsService implements Organizations {

	private final OrganizationStore store;

	private final Residents residents;

	private final Territory territory;

	OrganizationsService(OrganizationStore store, Residents residents, Territory territory) {
		this.store = store;
		this.residents = residents;
		this.territory = territory;
	}

	@Override
	public List<Organization> all() {
		return store.all();
	}

	@Override
	public Optional<Organization> find(OrganizationId id) {
		return store.byId(id);
	}

	@Override
	public Optional<Organization> byCode(String code) {
		return store.byCode(code);
	}

	@Override
	public Organization defaultModerator() {
		return store.defaultModerator()
			.orElseThrow(() -> new IllegalStateException("No organization is marked as the default moderator"));
	}

	@Override
	public List<Membership> membershipsOf(UserId official) {
		return store.membershipsOf(official);
	}

	@Override
	public List<Membership> membersOf(OrganizationId organization) {
		return store.membersOf(organization);
	}

	@Override
	public Map<OrganizationId, Integer> officialCounts() {
		List<Membership> members = store.allMembers();
		Set<UserId> officials = residents.holding(Role.OFFICIAL, members.stream().map(Membership::official).toList());
		Map<OrganizationId, Integer> counts = new HashMap<>();
		members.stream()
			.filter(member -> officials.contains(member.official()))
			.forEach(member -> counts.merge(member.organization(), 1, Integer::sum));
		return counts;
	}

	@Override
	public Optional<LocalizedText> openDataPublisher() {
		return store.all()
			.stream()
			.filter(organization -> organization.kind() == OrganizationKind.ADMINISTRATION && organization.parent() == null)
			.map(Organization::name)
			.findFirst()
			.or(() -> territory.currentRegion().map(Region::name));
	}

}
