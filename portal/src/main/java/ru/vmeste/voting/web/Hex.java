package ru.vmeste.voting.web;

import java.util.HexFormat;
import java.util.List;

import ru.vmeste.shared.DomainException;

/** Lowercase hex, as the API writes every hash. */
final class Hex {

	private static final HexFormat HEX = HexFormat.of();

	private Hex() {
	}

	static String of(byte[] bytes) {
		return HEX.formatHex(bytes);
	}

	static List<String> of(List<byte[]> hashes) {
		return hashes.stream().map(Hex::of).toList();
	}

	/** A SHA-256 hash from a request, or a clear 400. */
	static byte[] hash(String text, String field) {
		try {
			byte[] bytes = HEX.parseHex(text.strip().toLowerCase(java.util.Locale.ROOT));
			if (bytes.length == 32) {
				return bytes;
			}
		}
		catch (IllegalArgumentException ex) {
			// answered below
		}
		throw DomainException.invalid("voting.receipt.bad-hash", field);
	}

}
