package ru.vmeste.edms.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The protocol's signatures (docs/edms.md, "Signatures"): HMAC-SHA256 with the shared secret
 * over {@code timestamp \n subject \n idempotency key \n body}. The subject names the request
 * ({@code POST /documents}) or, for a response, its status and request
 * ({@code RESPONSE 201 POST /documents}). A timestamp further than the replay window from now
 * is refused, so a recorded message cannot be played again later.
 */
public final class MessageSignatures {

	public static final String TIMESTAMP = "X-Vmeste-Timestamp";

	public static final String SIGNATURE = "X-Vmeste-Signature";

	public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private final SecretKeySpec key;

	private final Clock clock;

	private final Duration window;

	public MessageSignatures(String secret, Clock clock, Duration window) {
		if (secret.isBlank()) {
			throw new IllegalArgumentException("vmeste.edms.secret must be set when vmeste.edms.base-url is");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		this.clock = clock;
		this.window = window;
	}

	/** Seconds since the epoch, the timestamp of a message signed now. */
	public long now() {
		return clock.instant().getEpochSecond();
	}

	public String sign(long timestamp, String subject, String idempotencyKey, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			mac.update((timestamp + "\n" + subject + "\n" + idempotencyKey + "\n").getBytes(StandardCharsets.UTF_8));
			return "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether the signature is right (compared in constant time) and the timestamp inside the window. */
	public boolean verify(@Nullable String timestamp, @Nullable String signature, String subject,
			@Nullable String idempotencyKey, byte[] body) {
		if (timestamp == null || signature == null || !timestamp.matches("\\d{1,12}")) {
			return false;
		}
		long at = Long.parseLong(timestamp);
		if (Math.abs(now() - at) > window.toSeconds()) {
			return false;
		}
		byte[] expected = sign(at, subject, idempotencyKey == null ? "" : idempotencyKey, body)
			.getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
	}

}
