package ru.vmeste.reports;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A moderator did not publish an appeal.
 *
 * @param reason the moderator's reason, which the author is told
 */
public record AppealRejected(AppealId appeal, long number, AppealStatus status, @Nullable String reason, Instant at)
		implements AppealEvent {
}
