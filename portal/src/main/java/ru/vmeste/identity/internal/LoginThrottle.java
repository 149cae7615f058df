package ru.vmeste.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.IdentitySettings;

/**
 * Slows down password guessing, per account and per client address: after
 * {@code vmeste.login.max-failures} wrong passwords for one e-mail, or
 * {@code vmeste.login.address-max-failures} failed sign-ins from one address (whatever the
 * accounts), within the lock period, sign-in for that e-mail or from that address is refused
 * until the period ends. Kept in the database so every instance sees the same count.
 */
@Component
public class LoginThrottle {

	private static final String ADDRESS = "address:";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int maxFailures;

	private final int addressMaxFailures;

	private final Duration lockPeriod;

	LoginThrottle(JdbcClient jdbc, Clock clock, IdentitySettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailures = settings.login().maxFailures();
		this.addressMaxFailures = settings.login().addressMaxFailures();
		this.lockPeriod = settings.login().lockPeriod();
	}

	/** When the login is locked, until when. */
	public Optional<Instant> lockedUntil(String login) {
		Instant now = clock.instant();
		return jdbc.sql("select locked_until from identity_login_failures where login = ? and locked_until > ?")
			.params(login, Timestamp.from(now))
			.query((rs, row) -> rs.getTimestamp("locked_until").toInstant())
			.optional();
	}

	/** When sign-in from the client address is locked, until when. */
	public Optional<Instant> addressLockedUntil(String address) {
		return lockedUntil(ADDRESS + address);
	}

	public void failed(String login) {
		count(login, maxFailures);
	}

	public void failedFrom(String address) {
		count(ADDRESS + address, addressMaxFailures);
	}

	/** A successful sign-in clears the account's count (never the address's: one good password among many guesses proves nothing). */
	public void succeeded(String login) {
		jdbc.sql("delete from identity_login_failures where login = ?").param(login).update();
	}

	private void count(String key, int max) {
		Instant now = clock.instant();
		jdbc.sql("""
				insert into identity_login_failures (login, failures, first_at, locked_until)
				values (:login, 1, :now, case when :max <= 1 then cast(:lockEnd as timestamptz) end)
				on conflict (login) do update set
				    failures = case when identity_login_failures.first_at < :windowStart then 1
				                    else identity_login_failures.failures + 1 end,
				    first_at = case when identity_login_failures.first_at < :windowStart then cast(:now as timestamptz)
				                    else identity_login_failures.first_at end,
				    locked_until = case when identity_login_failures.first_at >= :windowStart
				                         and identity_login_failures.failures + 1 >= :max then cast(:lockEnd as timestamptz)
				                    else identity_login_failures.locked_until end
				""")
			.param("login", key)
			.param("now", Timestamp.from(now))
			.param("windowStart", Timestamp.from(now.minus(lockPeriod)))
			.param("max", max)
			.param("lockEnd", Timestamp.from(now.plus(lockPeriod)))
			.update();
	}

}
