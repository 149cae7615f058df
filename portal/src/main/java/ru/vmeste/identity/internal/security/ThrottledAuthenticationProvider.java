package ru.vmeste.identity.internal.security;

import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;

import ru.vmeste.identity.internal.Accounts;
import ru.vmeste.identity.internal.LoginThrottle;

/**
 * Checks e-mail and password for both the sign-in form and the API token endpoint, refusing
 * a locked login before the password is even looked at and counting every wrong password.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String login = Accounts.normalize(String.valueOf(authentication.getPrincipal()));
		Optional<Instant> lockedUntil = throttle.lockedUntil(login);
		if (lockedUntil.isPresent()) {
			throw new LockedException("Too many failed sign-in attempts; locked until " + lockedUntil.get());
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			throttle.succeeded(login);
			return result;
		}
		catch (BadCredentialsException ex) {
			throttle.failed(login);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
