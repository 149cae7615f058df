package ru.vmeste.identity;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Accounts for residents who report through another system (an Open311 client) and give only
 * their contact: the account with the e-mail, or a new one that has no password yet and is
 * mailed the confirmation link. Until the resident confirms, what they submit is held and the
 * account can do nothing else (it cannot sign in before a password is set by mail).
 */
public interface ResidentAccounts {

	/**
	 * The resident with this e-mail, opened if there is none.
	 *
	 * @param name how to address them in mails (a new account only)
	 * @param phone their phone, kept with a new account only (personal data stays in identity)
	 */
	Reporter reporter(String email, @Nullable String name, @Nullable String phone, Locale locale);

	/**
	 * A reporter's account.
	 *
	 * @param opened the account was opened just now (and the confirmation link mailed)
	 * @param confirmed the e-mail is confirmed, so their appeals are not held
	 */
	record Reporter(UserId user, boolean opened, boolean confirmed) {
	}

}
