package ru.vmeste.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.AddressVerified;
import ru.vmeste.identity.EmailConfirmationRequested;
import ru.vmeste.identity.EmailConfirmed;
import ru.vmeste.identity.PasswordResetRequested;
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

	private final Clock clock;

	Accounts(Users users, Tokens tokens, PasswordEncoder passwords, Territory territory,
			ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.tokens = tokens;
		this.passwords = passwords;
		this.territory = territory;
		this.events = events;
		this.clock = clock;
	}

	/** A new resident; {@code siteUrl} is where links in mails point, e.g. {@code https://vmeste.perm.ru}. */
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

	/** Sets a new password with a reset link and signs the user out of the API everywhere. */
	@Transactional
	public void resetPassword(String secret, String newPassword) {
		Instant now = clock.instant();
		UserId user = tokens.redeem(secret, Tokens.Purpose.RESET_PASSWORD, now)
			.orElseThrow(() -> DomainException.invalid("identity.reset-link-invalid"));
		users.changePassword(user, passwords.encode(newPassword));
		// whoever could read the mail also owns the inbox: the e-mail is confirmed
		markConfirmed(user, now);
		tokens.revokeAll(user, Tokens.Purpose.API, now);
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

	@Transactional
	public void verifyAddress(UserId resident, UserId official) {
		UserAccount account = users.byId(resident).orElseThrow(() -> DomainException.notFound("identity.user-not-found"));
		if (account.district() == null) {
			throw DomainException.invalid("identity.no-address");
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
