package ru.vmeste.reports;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How an appeal stands in a system outside the portal ({@link ExternalRecords}).
 *
 * @param number its registration number there, once registered
 * @param status that system's own word for where the appeal is
 * @param handledThere the organization works on it there, so the portal's inbox only keeps internal comments
 */
public record ExternalRecord(@Nullable String number, @Nullable Instant registeredAt, @Nullable String status,
		boolean handledThere) {
}
