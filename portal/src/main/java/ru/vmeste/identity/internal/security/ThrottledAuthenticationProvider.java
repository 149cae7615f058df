package ru.vmeste.identity.internal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import ru.vmeste.identity.IdentitySettings;
import ru.vmeste.identity.internal.Accounts;
import ru.vmeste.identity.internal.LoginThrottle;
import ru.vmeste.identity.internal.UserAccount;
import ru.vmeste.identity.internal.Users;

/**
 * Checks e-mail and password for both the sign-in form and the API token endpoint: refuses a
 * locked login before the password is even looked at, counts every wrong password against the
 * account and against the client's address, and lets an account whose e-mail is still
 * unconfirmed sign in only for a while after registering. ({@link SignInThrottleFilter} refuses
 * locked addresses and accounts earlier still, before a request reaches authentication.)
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	/** An unconfirmed account past its grace period; the message says what to do. */
	static final class UnconfirmedException extends DisabledException {

		UnconfirmedException() {
			super("The e-mail address of this account is not confirmed");
		}

	}

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final Users users;

	private final Accounts accounts;

	private final Duration unconfirmedPeriod;

	ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle, Users users,
			Accounts accounts, IdentitySettings settings) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.users = users;
		this.accounts = accounts;
		this.unconfirmedPeriod = settings.login().unconfirmedPeriod();
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String login = Accounts.normalize(String.valueOf(authentication.getPrincipal()));
		Optional<Instant> lockedUntil = throttle.lockedUntil(login);
		if (lockedUntil.isPresent()) {
			throw new LockedException("Too many failed sign-in attempts; locked until " + lockedUntil.get());
		}
		Authentication result;
		try {
			result = passwords.authenticate(authentication);
		}
		catch (BadCredentialsException ex) {
			throttle.failed(login);
			String address = address(authentication);
			if (address != null) {
				throttle.failedFrom(address);
			}
			throw ex;
		}
		throttle.succeeded(login);
		UserAccount account = users.byEmail(login).orElseThrow(() -> new BadCredentialsException("No such user"));
		if (!accounts.maySignIn(account, unconfirmedPeriod)) {
			throw new UnconfirmedException();
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static @Nullable String address(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
	}

}
