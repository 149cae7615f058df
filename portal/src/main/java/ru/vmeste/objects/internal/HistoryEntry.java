package ru.vmeste.objects.internal;

import java.time.Instant;
import java.util.List;

/**
 * One change of an object: when, what kind of change, which fields. Who made it stays out of
 * public views.
 *
 * @param change {@code CREATED}, {@code UPDATED} or {@code IMPORTED}
 */
public record HistoryEntry(Instant at, String change, List<String> fields) {

	public HistoryEntry {
		fields = List.copyOf(fields);
	}

}
