package ru.vmeste.edms.simulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The protocol's message signature (docs/edms.md): HMAC-SHA256 with the shared secret over
 * {@code timestamp \n subject \n idempotency key \n body}, where the subject is
 * {@code METHOD /raw/path?query} for a request and {@code RESPONSE status METHOD /raw/path?query}
 * for its response. Written apart from the portal's code on purpose: the simulator checks the
 * portal the way an independent EDMS would.
 */
final class Signatures {

	static final String TIMESTAMP = "X-Vmeste-Timestamp";

	static final String SIGNATURE = "X-Vmeste-Signature";

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private final SecretKeySpec key;

	private final Clock clock;

	private final Duration window;

	Signatures(String secret, Clock clock, Duration window) {
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		this.clock = clock;
		this.window = window;
	}

	long now() {
		return clock.instant().getEpochSecond();
	}

	String sign(long timestamp, String subject, String idempotencyKey, byte[] body) {
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

	/** True when the signature is right and its timestamp within the window of now (no replays). */
	boolean verify(String timestamp, String signature, String subject, String idempotencyKey, byte[] body) {
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
