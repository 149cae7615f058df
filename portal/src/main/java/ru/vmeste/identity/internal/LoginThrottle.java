package ru.vmeste.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code vmeste.login.max-failures} wrong passwords for
 * one e-mail within the lock period, sign-in for that e-mail is refused until the period
 * ends. Kept in the database so every instance sees the same count.
 */
@Component
public class LoginThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockPeriod;

	LoginThrottle(JdbcClient jdbc, Clock clock, @Value("${vmeste.login.max-failures:5}") int maxFailures,
			@Value("${vmeste.login.lock-period:15m}") Duration lockPeriod) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockPeriod = lockPeriod;
	}

	/** When the login is locked, until when. */
	public Optional<Instant> lockedUntil(String login) {
		Instant now = clock.instant();
		return jdbc.sql("select locked_until from identity_login_failures where login = ? and locked_until > ?")
			.params(login, Timestamp.from(now))
			.query((rs, row) -> rs.getTimestamp("locked_until").toInstant())
			.optional();
	}

	public void failed(String login) {
		Instant now = clock.instant();
		jdbc.sql("""
				insert into identity_login_failures (login, failures, first_at) values (:login, 1, :now)
				on conflict (login) do update set
				    failures = case when identity_login_failures.first_at < :windowStart then 1
				                    else identity_login_failures.failures + 1 end,
				    first_at = case when identity_login_failures.first_at < :windowStart then cast(:now as timestamptz)
				                    else identity_login_failures.first_at end,
				    locked_until = case when identity_login_failures.first_at >= :windowStart
				                         and identity_login_failures.failures + 1 >= :max then cast(:lockEnd as timestamptz) end
				""")
			.param("login", login)
			.param("now", Timestamp.from(now))
			.param("windowStart", Timestamp.from(now.minus(lockPeriod)))
			.param("max", maxFailures)
			.param("lockEnd", Timestamp.from(now.plus(lockPeriod)))
			.update();
	}

	public void succeeded(String login) {
		jdbc.sql("delete from identity_login_failures where login = ?").param(login).update();
	}

}
