package ru.vmeste.open311;

import java.util.UUID;

/**
 * Identifies a client app registered for Open311.
 */
public record ClientAppId(UUID value) {

	public static ClientAppId random() {
		return new ClientAppId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
