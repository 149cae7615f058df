package ru.vmeste.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of sign-in, API tokens and sessions. Their keys sit directly under vmeste
 * (vmeste.login.*, vmeste.api.token-validity) because they were published that way.
 *
 * @param login how sign-in is throttled
 * @param api lifetime of API bearer tokens
 * @param session limits of signed-in web sessions
 * @param privacy the personal-data policy residents consent to (152-FZ)
 */
@ConfigurationProperties("vmeste")
public record IdentitySettings(@DefaultValue Login login, @DefaultValue Api api, @DefaultValue Session session,
		@DefaultValue Privacy privacy) {

	/**
	 * How sign-in is throttled, before any password is checked.
	 *
	 * @param maxFailures wrong passwords for one account within the lock period after which its
	 * sign-in is refused until the period ends
	 * @param lockPeriod the window failures are counted in, and how long a lock lasts
	 * @param addressMaxFailures failed sign-ins from one client address (any accounts) within the
	 * lock period after which that address may not sign in until the period ends
	 * @param unconfirmedPeriod how long after registering an account whose e-mail is not confirmed
	 * may still sign in
	 */
	public record Login(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockPeriod,
			@DefaultValue("20") int addressMaxFailures, @DefaultValue("3d") Duration unconfirmedPeriod) {
	}

	/**
	 * API bearer tokens.
	 *
	 * @param tokenValidity how long a token issued at sign-in stays valid
	 * @param holdersKeptFor how long an instance keeps a token's holder in memory (API requests then
	 * read no token or user); a revocation or account change drops it at once on every instance
	 * (PostgreSQL NOTIFY); 0 reads every request's token from the database
	 */
	public record Api(@DefaultValue("30d") Duration tokenValidity, @DefaultValue("1m") Duration holdersKeptFor) {
	}

	/**
	 * Signed-in web sessions (the idle timeout is spring.session.timeout).
	 *
	 * @param absoluteLifetime how long after signing in a session ends, however active
	 */
	public record Session(@DefaultValue("12h") Duration absoluteLifetime) {
	}

	/**
	 * The personal-data policy shown at /privacy.
	 *
	 * @param policyVersion the version residents consent to at registration; recorded with each
	 * consent, so raise it whenever the policy's text changes
	 */
	public record Privacy(@DefaultValue("2026-12-01") String policyVersion) {
	}

}
