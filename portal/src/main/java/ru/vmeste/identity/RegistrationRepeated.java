package ru.vmeste.identity;

/**
 * Someone registered again with the e-mail of an existing account. Registration answers exactly
 * as for a new address (so it tells no stranger who has an account); the owner gets a mail saying
 * what happened, with a link to set a password — which also takes the account back if someone
 * else registered it with their address.
 */
public record RegistrationRepeated(UserId user, String resetLink) {
}
