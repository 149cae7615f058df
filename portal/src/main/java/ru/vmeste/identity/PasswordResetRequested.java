package ru.vmeste.identity;

/**
 * A user asked for a link to set a new password.
 */
public record PasswordResetRequested(UserId user, String resetLink) {
}
