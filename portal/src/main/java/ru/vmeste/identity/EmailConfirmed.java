package ru.vmeste.identity;

/**
 * A user confirmed their e-mail address (by the link mailed to them, or by resetting their
 * password through it): published once, the first time.
 */
public record EmailConfirmed(UserId user) {
}
