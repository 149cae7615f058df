package ru.vmeste.identity;

/**
 * A user registered or asked again for the link that confirms their e-mail address.
 */
public record EmailConfirmationRequested(UserId user, String confirmationLink) {
}
