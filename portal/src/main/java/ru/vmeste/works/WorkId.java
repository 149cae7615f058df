package ru.vmeste.works;

import java.util.UUID;

/** Identifies works. */
public record WorkId(UUID value) {

	public static WorkId of(String value) {
		return new WorkId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
