package ru.vmeste.identity;

import java.time.Instant;

/**
 * A user proved they own their e-mail address (by the confirmation link, or by a password reset
 * link, which reaches the same inbox). Published once per account.
 */
public record EmailConfirmed(UserId user, Instant at) {
}
