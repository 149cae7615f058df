package ru.vmeste.voting.web;

import java.util.Base64;

import ru.vmeste.shared.DomainException;

/** Reads a receipt's ballot bytes from a link or form: base64, URL-safe or not. */
final class ReceiptParameters {

	private ReceiptParameters() {
	}

	static byte[] bytes(String leafData) {
		try {
			return Base64.getUrlDecoder().decode(leafData.strip().replace('+', '-').replace('/', '_').replace("=", ""));
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.invalid("voting.receipt.not-in-ledger");
		}
	}

}
