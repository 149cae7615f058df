package ru.vmeste.voting.web;

import java.util.Base64;

import ru.vmeste.voting.internal.ledger.Receipt;

/**
 * A receipt as the API and the receipt file show it: hashes in lowercase hex, the leaf's
 * bytes in base64.
 */
record ReceiptView(String voteId, long leafIndex, String leafHash, long treeSize, String rootHash, String leafData) {

	static ReceiptView of(Receipt receipt) {
		return new ReceiptView(receipt.vote().toString(), receipt.leafIndex(), Hex.of(receipt.leafHash()),
				receipt.treeSize(), Hex.of(receipt.rootHash()), Base64.getEncoder().encodeToString(receipt.leafData()));
	}

}
