package ru.vmeste.identity.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.DistrictScope;
import ru.vmeste.identity.Jurisdictions;
import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.Role;

/**
 * Where a user may verify addresses: an administrator everywhere, a {@link Role#VERIFIER} in the
 * districts of their organizations (asked through {@link Jurisdictions}), anyone else nowhere.
 */
@Component
public class VerifierScopes {

	private final ObjectProvider<Jurisdictions> jurisdictions;

	VerifierScopes(ObjectProvider<Jurisdictions> jurisdictions) {
		this.jurisdictions = jurisdictions;
	}

	public DistrictScope of(PortalUser user) {
		if (user.hasRole(Role.ADMIN)) {
			return DistrictScope.WHOLE_REGION;
		}
		Jurisdictions known = jurisdictions.getIfAvailable();
		return user.hasRole(Role.VERIFIER) && known != null ? known.of(user.id()) : DistrictScope.NONE;
	}

}
