package ru.vmeste.identity;

import java.io.Serializable;
import java.util.UUID;

/** Identifies a registered user. */
public record UserId(UUID value) implements Serializable {

	public static UserId random() {
		return new UserId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
