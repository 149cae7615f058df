package ru.vmeste.organizations.internal;

import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import ru.vmeste.identity.DistrictScope;
import ru.vmeste.identity.Jurisdictions;
import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.territory.DistrictId;

/**
 * Tells identity where an official's scoped powers reach (address verification): the districts of
 * the organizations they work in; an organization without a district serves the whole region.
 * (Written for the security work of issue 14: a small separate class in this module.)
 */
@Component
class OfficialJurisdictions implements Jurisdictions {

	private final Organizations organizations;

	OfficialJurisdictions(Organizations organizations) {
		this.organizations = organizations;
	}

	@Override
	public DistrictScope of(UserId official) {
		Set<DistrictId> districts = new HashSet<>();
		for (Organizations.Membership membership : organizations.membershipsOf(official)) {
			Organization organization = organizations.find(membership.organization()).orElse(null);
			if (organization == null) {
				continue;
			}
			if (organization.district() == null) {
				return DistrictScope.WHOLE_REGION;
			}
			districts.add(organization.district());
		}
		return new DistrictScope(false, districts);
	}

}
