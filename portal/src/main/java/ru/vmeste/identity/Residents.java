package ru.vmeste.identity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import ru.vmeste.territory.DistrictId;

/**
 * The identity module's API for other modules.
 */
public interface Residents {

	Optional<Contact> contactOf(UserId user);

	Optional<ResidentStatus> statusOf(UserId user);

	long countRegistered();

	boolean hasRole(UserId user, Role role);

	/** Those of the accounts that hold the role, in one query (e.g. the officials among an organization's members). */
	Set<UserId> holding(Role role, Collection<UserId> users);

	/**
	 * Residents with a verified address in one of the districts (anywhere if none are given),
	 * born on or before the date if one is given: e.g. how many may take part in a vote.
	 */
	long countVerified(Set<DistrictId> districts, @Nullable LocalDate bornOnOrBefore);

	/** The account with this e-mail, e.g. to add an official to an organization. */
	Optional<UserId> findByEmail(String email);

}
