package ru.vmeste.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.AccountAdministration;
import ru.vmeste.identity.EmailConfirmed;
import ru.vmeste.identity.Role;
import ru.vmeste.identity.UserId;
import ru.vmeste.shared.DomainException;

/**
 * Opens accounts for their owners and verifies addresses on a verifier's behalf, with the same
 * rules and events as the pages that do it.
 */
@Service
class AccountAdministrationService implements AccountAdministration {

	private final Users users;

	private final Accounts accounts;

	private final VerifierScopes scopes;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountAdministrationService(Users users, Accounts accounts, VerifierScopes scopes, PasswordEncoder passwords,
			ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.accounts = accounts;
		this.scopes = scopes;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public UserId open(NewAccount account) {
		return open(account, passwords.encode(account.password()));
	}

	@Override
	@Transactional
	public List<UserId> openAll(List<NewAccount> accounts) {
		Map<String, String> hashes = new HashMap<>();
		return accounts.stream()
			.map(account -> open(account, hashes.computeIfAbsent(account.password(), passwords::encode)))
			.toList();
	}

	private UserId open(NewAccount account, String passwordHash) {
		String login = Accounts.normalize(account.email());
		if (users.emailTaken(login)) {
			throw DomainException.conflict("identity.email-taken");
		}
		Instant now = clock.instant();
		UserId id = UserId.random();
		EnumSet<Role> roles = account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
		users.insert(id, login, passwordHash, account.name().strip(), account.locale(), now, roles);
		if (users.confirmEmail(id, now)) {
			events.publishEvent(new EmailConfirmed(id, now));
		}
		if (account.phone() != null || account.address() != null || account.home() != null
				|| account.birthDate() != null) {
			accounts.updateProfile(id, account.name(), account.phone(), account.address(), account.home(),
					account.birthDate());
		}
		return id;
	}

	@Override
	@Transactional
	public void verifyAddress(UserId resident, UserId verifier) {
		UserAccount official = users.byId(verifier).orElseThrow(() -> DomainException.notFound("identity.user-not-found"));
		accounts.verifyAddress(resident, verifier, scopes.of(official.toPrincipal()));
	}

}
