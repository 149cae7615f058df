package ru.vmeste.objects;

import java.util.UUID;

/** Identifies an object type. */
public record ObjectTypeId(UUID value) {

	public static ObjectTypeId of(String value) {
		return new ObjectTypeId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
