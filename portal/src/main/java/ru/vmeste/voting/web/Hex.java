package ru.vmeste.voting.web;

import java.util.HexFormat;
import java.util.List;

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

}
