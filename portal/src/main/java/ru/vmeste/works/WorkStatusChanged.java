package ru.vmeste.works;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Works moved to another status; subscribers hear about it.
 *
 * @param reason why, when the change needs one (a suspension, a cancellation)
 */
public record WorkStatusChanged(WorkId work, long number, String title, WorkStatus from, WorkStatus to,
		@Nullable String reason, Instant at) {
}
