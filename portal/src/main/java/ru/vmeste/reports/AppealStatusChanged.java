package ru.vmeste.reports;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An appeal moved to another status (its submission included, with no previous status).
 *
 * @param note why, in the words of whoever changed it (e.g. the reason of a rejection)
 */
public record AppealStatusChanged(AppealId appeal, long number, @Nullable AppealStatus from, AppealStatus to,
		@Nullable String note, Instant at) {
}
