package ru.vmeste.identity;

import java.util.Locale;

/**
 * Where and in which language to write to a user. For notifications only; never shown publicly.
 */
public record Contact(UserId user, String email, String name, Locale locale) {
}
