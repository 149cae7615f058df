package ru.vmeste.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.AddressVerified;
import ru.vmeste.identity.DistrictScope;
import ru.vmeste.identity.EmailConfirmationRequested;
import ru.vmeste.identity.EmailConfirmed;
import ru.vmeste.identity.IdentitySettings;
import ru.vmeste.identity.PasswordResetRequested;
import ru.vmeste.identity.RegistrationRepeated;
import ru.vmeste.identity.Role;
import ru.vmeste.identity.UserId;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.territory.District;
import ru.vmeste.territory.Territory;

/**
 * Account life cycle: registration, e-mail confirmation, password reset, profile and
 * address verification. Mails go out through events, so none is lost if the mail server
 * is down at that moment.
 */
@Service
public class Accounts {

	static final Duration CONFIRMATION_VALIDITY = Duration.ofDays(3);

	static final Duration RESET_VALIDITY = Duration.ofHours(2);

	private final Users users;

	private final Tokens tokens;

	private final PasswordEncoder passwords;

	private final Territory territory;

	private final ApplicationEventPublisher events;

	private final Sessions sessions;

	private final Clock clock;

	private final Consents consents;

	private final IdentitySettings settings;

	Accounts(Users users, Tokens tokens, PasswordEncoder passwords, Territory territory,
			ApplicationEventPublisher events, Sessions sessions, Clock clock, Consents consents,
			IdentitySettings settings) {
		this.users = users;
		this.tokens = tokens;
		this.passwords = passwords;
		this.territory = territory;
		this.events = events;
		this.sessions = sessions;
		this.clock = clock;
		this.consents = consents;
		this.settings = settings;
	}

	/**
	 * Creates a resident's account (an import, a test), refusing an e-mail that has one; the public
	 * sign-up is {@link #signUp}, which answers the same either way.
	 */
	@Transactional
	public UserId register(String email, String password, String name, Locale locale, String siteUrl) {
		String login = normalize(email);
		if (users.emailTaken(login)) {
			throw DomainException.conflict("identity.email-taken");
		}
		UserId id = UserId.random();
		users.insert(id, login, passwords.encode(password), name.strip(), locale, clock.instant(),
				EnumSet.of(Role.RESIDENT));
		requestConfirmation(id, siteUrl);
		return id;
	}

	/**
	 * Registers a resident, or — if the e-mail has an account already — mails its owner what
	 * happened, with a link to set a password. Either way the caller learns nothing: the answer,
	 * and the work done (the password is hashed in both cases), are the same.
	 *
	 * @param siteUrl where links in mails point, e.g. {@code https://vmeste.perm.ru}
	 * @return the new account, or empty when the address was taken
	 */
	@Transactional
	public Optional<UserId> signUp(String email, String password, String name, Locale locale, String siteUrl) {
		String login = normalize(email);
		String hash = passwords.encode(password);
		Optional<UserAccount> existing = users.byEmail(login);
		if (existing.isPresent()) {
			Instant now = clock.instant();
			Tokens.Issued token = tokens.issue(existing.get().id(), Tokens.Purpose.RESET_PASSWORD, now,
					now.plus(RESET_VALIDITY));
			events.publishEvent(new RegistrationRepeated(existing.get().id(), siteUrl + "/account/reset?token=" + token.secret()));
			return Optional.empty();
		}
		UserId id = UserId.random();
		users.insert(id, login, hash, name.strip(), locale, clock.instant(), EnumSet.of(Role.RESIDENT));
		requestConfirmation(id, siteUrl);
		return Optional.of(id);
	}

	/**
	 * {@link #signUp} by a resident who consented to the current personal-data policy (152-FZ)
	 * through the channel; the consent is recorded with the policy's version for a new account.
	 */
	@Transactional
	public Optional<UserId> signUp(String email, String password, String name, Locale locale, String siteUrl,
			Consents.Channel consent) {
		Optional<UserId> id = signUp(email, password, name, locale, siteUrl);
		id.ifPresent(created -> consents.record(created, settings.privacy().policyVersion(), consent, clock.instant()));
		return id;
	}

	@Transactional
	public void requestConfirmation(UserId user, String siteUrl) {
		Instant now = clock.instant();
		Tokens.Issued token = tokens.issue(user, Tokens.Purpose.CONFIRM_EMAIL, now, now.plus(CONFIRMATION_VALIDITY));
		events.publishEvent(new EmailConfirmationRequested(user, siteUrl + "/account/confirm?token=" + token.secret()));
	}

	/** Confirms the e-mail of the link's owner; empty if the link is unknown, used or expired. */
	@Transactional
	public Optional<UserId> confirmEmail(String secret) {
		Instant now = clock.instant();
		Optional<UserId> user = tokens.redeem(secret, Tokens.Purpose.CONFIRM_EMAIL, now);
		user.ifPresent(id -> markConfirmed(id, now));
		return user;
	}

	private void markConfirmed(UserId user, Instant now) {
		if (users.confirmEmail(user, now)) {
			events.publishEvent(new EmailConfirmed(user, now));
		}
	}

	/** Sends a reset link if the address is registered; says nothing either way. */
	@Transactional
	public void requestPasswordReset(String email, String siteUrl) {
		users.byEmail(normalize(email)).ifPresent(account -> {
			Instant now = clock.instant();
			Tokens.Issued token = tokens.issue(account.id(), Tokens.Purpose.RESET_PASSWORD, now, now.plus(RESET_VALIDITY));
			events.publishEvent(new PasswordResetRequested(account.id(), siteUrl + "/account/reset?token=" + token.secret()));
		});
	}

	/**
	 * Sets a new password with a reset link and signs the user out everywhere: every web session
	 * and every API token ends (whoever held the account before the owner reset it is out).
	 */
	@Transactional
	public void resetPassword(String secret, String newPassword) {
		Instant now = clock.instant();
		UserId user = tokens.redeem(secret, Tokens.Purpose.RESET_PASSWORD, now)
			.orElseThrow(() -> DomainException.invalid("identity.reset-link-invalid"));
		users.changePassword(user, passwords.encode(newPassword));
		// whoever could read the mail also owns the inbox: the e-mail is confirmed
		markConfirmed(user, now);
		signOutEverywhere(user, null);
	}

	/**
	 * The signed-in user changes their password, proving the current one; every other session and
	 * every API token ends, the caller's own session ({@code currentSession}) stays.
	 */
	@Transactional
	public void changePassword(UserId user, String currentPassword, String newPassword, @Nullable String currentSession) {
		UserAccount account = users.byId(user).orElseThrow(() -> DomainException.notFound("identity.user-not-found"));
		if (!passwords.matches(currentPassword, account.passwordHash())) {
			throw DomainException.invalid("identity.current-password-wrong");
		}
		users.changePassword(user, passwords.encode(newPassword));
		signOutEverywhere(user, currentSession);
	}

	/** An administrator sets a user's roles; the user's sessions and tokens end, so the change holds at once. */
	@Transactional
	public void changeRoles(UserId user, Set<Role> roles, UserId admin) {
		users.byId(user).orElseThrow(() -> DomainException.notFound("identity.user-not-found"));
		if (user.equals(admin) && !roles.contains(Role.ADMIN)) {
			throw DomainException.invalid("identity.cannot-drop-own-admin");
		}
		users.setRoles(user, roles);
		signOutEverywhere(user, null);
	}

	/** Ends every web session (but {@code keep}) and revokes every API token of the user. */
	private void signOutEverywhere(UserId user, @Nullable String keep) {
		tokens.revokeAll(user, Tokens.Purpose.API, clock.instant());
		users.byId(user).ifPresent(account -> sessions.endAll(account.email(), keep));
	}

	/**
	 * Whether an account whose e-mail is not confirmed may still sign in: only within
	 * {@code unconfirmedPeriod} of registering, so an address someone registered in another's
	 * name cannot be held; the owner takes it with a password reset link.
	 */
	public boolean maySignIn(UserAccount account, java.time.Duration unconfirmedPeriod) {
		return account.emailConfirmedAt() != null || clock.instant().isBefore(account.createdAt().plus(unconfirmedPeriod));
	}

	@Transactional
	public void updateProfile(UserId user, String name, @Nullable String phone, @Nullable String address,
			@Nullable GeoPoint point, @Nullable LocalDate birthDate) {
		District district = null;
		if (point != null) {
			district = territory.locate(point).orElseThrow(() -> DomainException.invalid("territory.outside-districts"));
		}
		users.updateProfile(user, name.strip(), blankToNull(phone), blankToNull(address), point,
				district == null ? null : district.id(), birthDate);
	}

	/** A verifier confirms a resident's address, if the resident lives where the verifier's powers reach. */
	@Transactional
	public void verifyAddress(UserId resident, UserId official, DistrictScope scope) {
		UserAccount account = users.byId(resident).orElseThrow(() -> DomainException.notFound("identity.user-not-found"));
		if (account.district() == null) {
			throw DomainException.invalid("identity.no-address");
		}
		if (!scope.reaches(account.district())) {
			throw DomainException.forbidden("identity.verification.outside-scope");
		}
		if (users.verifyAddress(resident, official, clock.instant())) {
			events.publishEvent(new AddressVerified(resident, account.district(), official));
		}
	}

	public static String normalize(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
