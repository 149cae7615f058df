package ru.vmeste.identity;

import java.util.Optional;

/**
 * The identity module's API for other modules.
 */
public interface Residents {

	Optional<Contact> contactOf(UserId user);

	Optional<ResidentStatus> statusOf(UserId user);

	long countRegistered();

	boolean hasRole(UserId user, Role role);

	/** The account with this e-mail, e.g. to add an official to an organization. */
	Optional<UserId> findByEmail(String email);

}
