package ru.vmeste.identity.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.Contact;
import ru.vmeste.identity.ResidentStatus;
import ru.vmeste.identity.Residents;
import ru.vmeste.identity.Role;
import ru.vmeste.identity.UserId;
import ru.vmeste.territory.DistrictId;

/**
 * What other modules may ask about users. An account's status (verification, district, birth date)
 * is kept in memory with {@link TokenHolders}, so that a ballot's eligibility or an appeal's hold
 * costs no read of a resident seen lately.
 */
@Service
@Transactional(readOnly = true)
class ResidentsService implements Residents {

	private final Users users;

	private final TokenHolders holders;

	ResidentsService(Users users, TokenHolders holders) {
		this.users = users;
		this.holders = holders;
	}

	@Override
	public Optional<Contact> contactOf(UserId user) {
		return users.byId(user)
			.filter(account -> !account.deleted())
			.map(account -> new Contact(account.id(), account.email(), account.name(), account.locale()));
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<ResidentStatus> statusOf(UserId user) {
		return holders.status(user, () -> users.byId(user).map(UserAccount::status));
	}

	@Override
	public long countRegistered() {
		return users.count();
	}

	@Override
	public boolean hasRole(UserId user, Role role) {
		return users.byId(user).map(account -> account.roles().contains(role)).orElse(false);
	}

	@Override
	public Set<UserId> holding(Role role, Collection<UserId> users) {
		return this.users.holding(role, users);
	}

	@Override
	public long countVerified(Set<DistrictId> districts, @Nullable LocalDate bornOnOrBefore) {
		return users.countVerified(districts, bornOnOrBefore);
	}

	@Override
	public Optional<UserId> findByEmail(String email) {
		return users.byEmail(Accounts.normalize(email)).map(UserAccount::id);
	}

}
