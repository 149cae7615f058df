package ru.vmeste.reports;

import java.util.UUID;

/** Identifies an appeal. */
public record AppealId(UUID value) {

	public static AppealId of(String value) {
		return new AppealId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
