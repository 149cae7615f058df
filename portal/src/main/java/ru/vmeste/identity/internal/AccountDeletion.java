package ru.vmeste.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.AccountDeleted;
import ru.vmeste.identity.Role;
import ru.vmeste.identity.UserId;
import ru.vmeste.shared.DomainException;

/**
 * "Delete my account" (152-FZ, art. 21): the resident's personal data is erased at once, every
 * sign-in (sessions on every instance, API tokens) ends, and {@link AccountDeleted} lets the
 * other modules drop what they keep for the user. Published appeals and ratings stay, without a
 * name; ballots are not touched (they never named their voter). Staff accounts are closed by an
 * administrator instead: their decisions are part of the official record.
 */
@Service
public class AccountDeletion {

	private static final SecureRandom random = new SecureRandom();

	private final Users users;

	private final PasswordEncoder passwords;

	private final JdbcClient jdbc;

	private final Sessions sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountDeletion(Users users, PasswordEncoder passwords, JdbcClient jdbc,
			Sessions sessions, ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
	}

	/** Deletes the web user's account once they confirmed it with their password. */
	@Transactional
	public void deleteConfirmed(UserId user, String password) {
		UserAccount account = account(user);
		if (!passwords.matches(password, account.passwordHash())) {
			throw DomainException.invalid("identity.delete.wrong-password");
		}
		delete(account);
	}

	/** Deletes the account of an API caller (its bearer token is the proof). */
	@Transactional
	public void delete(UserId user) {
		delete(account(user));
	}

	private UserAccount account(UserId user) {
		UserAccount account = users.byId(user)
			.filter(found -> !found.deleted())
			.orElseThrow(() -> DomainException.notFound("identity.user-not-found"));
		if (account.roles().stream().anyMatch(role -> role != Role.RESIDENT)) {
			throw DomainException.conflict("identity.delete.staff");
		}
		return account;
	}

	private void delete(UserAccount account) {
		Instant now = clock.instant();
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		if (!users.erase(account.id(), passwords.encode(Base64.getEncoder().encodeToString(secret)), now)) {
			return;
		}
		jdbc.sql("delete from identity_tokens where user_id = ?").param(account.id().value()).update();
		jdbc.sql("delete from identity_login_failures where login = ?").param(account.email()).update();
		sessions.endAll(account.email(), null);
		events.publishEvent(new AccountDeleted(account.id(), now));
	}

}
