package ru.vmeste.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.UserId;

/**
 * Bearer tokens for the mobile app and other API clients.
 */
@Service
public class ApiTokens {

	private final Tokens tokens;

	private final Users users;

	private final Clock clock;

	private final Duration validity;

	ApiTokens(Tokens tokens, Users users, Clock clock, @Value("${vmeste.api.token-validity:30d}") Duration validity) {
		this.tokens = tokens;
		this.users = users;
		this.clock = clock;
		this.validity = validity;
	}

	@Transactional
	public Tokens.Issued issue(UserId user) {
		Instant now = clock.instant();
		return tokens.issue(user, Tokens.Purpose.API, now, now.plus(validity));
	}

	/** The user a token belongs to, while the token is valid. */
	@Transactional(readOnly = true)
	public Optional<PortalUser> authenticate(String secret) {
		return tokens.holder(secret, Tokens.Purpose.API, clock.instant())
			.flatMap(users::byId)
			.map(UserAccount::toPrincipal)
			.map(user -> {
				user.eraseCredentials();
				return user;
			});
	}

}
