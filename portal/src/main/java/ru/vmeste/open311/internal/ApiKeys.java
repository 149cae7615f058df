package ru.vmeste.open311.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes API keys and their hashes. Keys are 192 random bits, so a plain SHA-256 is enough to keep
 * them: nobody can guess one back from its hash, and looking a key up stays one index probe.
 */
final class ApiKeys {

	private static final SecureRandom random = new SecureRandom();

	private static final int HINT_LENGTH = 8;

	private ApiKeys() {
	}

	static String generate() {
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		return "o311-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String hint(String key) {
		return key.length() <= HINT_LENGTH ? key : key.substring(0, HINT_LENGTH) + "…";
	}

}
