package ru.vmeste.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import ru.vmeste.shared.GeoPoint;

/**
 * Accounts an administrator opens rather than their owners: staff who do not sign up on the
 * portal (officials, moderators, verifiers, experts, other administrators) and the accounts an
 * import carries over from the system a portal replaces, with their profile; and the address
 * verification a verifier does, for an import that carries verified addresses over. The demo opens
 * its accounts this way.
 */
public interface AccountAdministration {

	/**
	 * Opens an account with an initial password and its roles. The e-mail counts as confirmed: the
	 * administrator (or the system imported from) vouches for it, as the owner never registered.
	 * An e-mail that has an account already is refused; a home outside every district too.
	 *
	 * @return the new account
	 */
	UserId open(NewAccount account);

	/**
	 * Opens many accounts in one transaction, each as {@link #open} does, in the list's order; all
	 * or none. An initial password several of them share is hashed once, as hashing is by design
	 * the slow part: those accounts get the same hash, which tells nothing the administrator who
	 * handed out one password to all of them does not know.
	 *
	 * @return the new accounts, in the list's order
	 */
	List<UserId> openAll(List<NewAccount> accounts);

	/**
	 * A verifier confirms a resident's address, as on the verifier's page: only where the verifier's
	 * powers reach (an administrator's reach the whole region).
	 */
	void verifyAddress(UserId resident, UserId verifier);

	/**
	 * An account to open.
	 *
	 * @param home where the resident lives (it picks their district), with {@code address} the
	 * address as written; both may be null
	 */
	record NewAccount(String email, String name, String password, Locale locale, Set<Role> roles,
			@Nullable String phone, @Nullable String address, @Nullable GeoPoint home, @Nullable LocalDate birthDate) {

		public NewAccount {
			roles = Set.copyOf(roles);
		}

		/** A staff account: no profile beyond the name. */
		public static NewAccount staff(String email, String name, String password, Locale locale, Set<Role> roles) {
			return new NewAccount(email, name, password, locale, roles, null, null, null, null);
		}

	}

}
