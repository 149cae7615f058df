package ru.vmeste.objects;

import java.util.UUID;

/** Identifies a city object. */
public record ObjectId(UUID value) {

	public static ObjectId of(String value) {
		return new ObjectId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
