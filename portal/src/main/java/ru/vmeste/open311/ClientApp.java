package ru.vmeste.open311;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Another system allowed to post service requests through Open311 with its API key.
 *
 * @param contact whom to ask about the app (a person or an address), shown to administrators only
 * @param rateLimit requests per minute its key may make
 * @param keyHint the key's first characters, so an administrator recognises it (the key itself is not kept)
 * @param submissions appeals it has posted
 */
public record ClientApp(ClientAppId id, String name, String contact, int rateLimit, String keyHint, Instant createdAt,
		@Nullable Instant revokedAt, long submissions) {

	public boolean isActive() {
		return revokedAt == null;
	}

}
