package ru.vmeste.identity.internal.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.internal.Accounts;
import ru.vmeste.identity.internal.UserAccount;
import ru.vmeste.identity.internal.Users;

/**
 * Loads a user for sign-in by e-mail.
 */
@Component
class PortalUserDetailsService implements UserDetailsService {

	private final Users users;

	PortalUserDetailsService(Users users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return users.byEmail(Accounts.normalize(email))
			.map(UserAccount::toPrincipal)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

}
