package ru.vmeste.identity.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import ru.vmeste.identity.ResidentAccounts;
import ru.vmeste.identity.UserId;
import ru.vmeste.platform.PublicUrl;
import ru.vmeste.shared.DomainException;

/**
 * Finds or opens reporters' accounts. A new account gets a random password nobody knows, so it
 * cannot sign in until its owner sets one through the mailed link (the reset link confirms the
 * e-mail too).
 */
@Service
class ResidentAccountsService implements ResidentAccounts {

	private static final int MAX_NAME = 200;

	private static final SecureRandom random = new SecureRandom();

	private final Users users;

	private final Accounts accounts;

	private final PublicUrl publicUrl;

	ResidentAccountsService(Users users, Accounts accounts, PublicUrl publicUrl) {
		this.users = users;
		this.accounts = accounts;
		this.publicUrl = publicUrl;
	}

	/** Not one transaction: a registration that loses a race rolls back alone and the winner's account is read. */
	@Override
	public Reporter reporter(String email, @Nullable String name, @Nullable String phone, Locale locale) {
		String login = Accounts.normalize(email);
		Optional<UserAccount> existing = users.byEmail(login);
		if (existing.isPresent()) {
			return new Reporter(existing.get().id(), false, existing.get().emailConfirmedAt() != null);
		}
		String shown = name == null || name.isBlank() ? login.substring(0, login.indexOf('@')) : name.strip();
		if (shown.length() > MAX_NAME) {
			shown = shown.substring(0, MAX_NAME);
		}
		UserId id;
		try {
			id = accounts.register(login, unknownPassword(), shown, locale, publicUrl.base());
		}
		catch (DomainException | DuplicateKeyException taken) {
			// opened a moment ago by a request of the same reporter
			UserAccount account = users.byEmail(login).orElseThrow(() -> taken);
			return new Reporter(account.id(), false, account.emailConfirmedAt() != null);
		}
		if (phone != null && !phone.isBlank()) {
			users.updateProfile(id, shown, phone.strip(), null, null, null, null);
		}
		return new Reporter(id, true, false);
	}

	private static String unknownPassword() {
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

}
