package ru.vmeste.reports;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A moderator merged an appeal into a published one about the same problem; its author now
 * follows (and supports) the original.
 *
 * @param into the published appeal it was merged into
 * @param reason the moderator's note, which the author is told
 */
public record AppealMerged(AppealId appeal, long number, AppealStatus status, AppealId into, @Nullable String reason,
		Instant at) implements AppealEvent {
}
