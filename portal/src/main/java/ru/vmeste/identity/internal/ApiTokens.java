package ru.vmeste.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.IdentitySettings;
import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.UserId;
import ru.vmeste.shared.DomainException;

/**
 * Bearer tokens for the mobile app and other API clients.
 */
@Service
public class ApiTokens {

	private final Tokens tokens;

	private final Users users;

	private final Clock clock;

	private final Duration validity;

	private final TokenHolders holders;

	ApiTokens(Tokens tokens, Users users, TokenHolders holders, Clock clock, IdentitySettings settings) {
		this.tokens = tokens;
		this.users = users;
		this.holders = holders;
		this.clock = clock;
		this.validity = settings.api().tokenValidity();
	}

	/** The user's valid API tokens (hash, issue, expiry), newest first. */
	@Transactional(readOnly = true)
	public List<Tokens.Active> active(UserId user) {
		return tokens.active(user, Tokens.Purpose.API, clock.instant());
	}

	/** Revokes one of the user's API tokens, named by its hash. */
	@Transactional
	public void revoke(UserId user, String hash) {
		if (!tokens.revoke(user, Tokens.Purpose.API, hash, clock.instant())) {
			throw DomainException.notFound("identity.token-not-found");
		}
	}

	@Transactional
	public Tokens.Issued issue(UserId user) {
		Instant now = clock.instant();
		return tokens.issue(user, Tokens.Purpose.API, now, now.plus(validity));
	}

	/**
	 * The user a token belongs to, while the token is valid: from {@link TokenHolders} when this
	 * instance keeps it, else read (token and user in one statement, so no transaction either).
	 */
	public Optional<PortalUser> authenticate(String secret) {
		Instant now = clock.instant();
		byte[] hash = Tokens.hash(secret);
		return holders.holder(hash, now, () -> users.holdingToken(hash, Tokens.Purpose.API, now).map(holding -> {
			PortalUser user = holding.account().toPrincipal();
			user.eraseCredentials();
			return new TokenHolders.Holder(user, holding.expiresAt(), holding.account().status());
		}));
	}

}
