package ru.vmeste.voting.internal;

import java.util.Base64;
import java.util.HexFormat;

import ru.vmeste.voting.internal.ledger.Receipt;

/**
 * The link to the public "check my ballot" page with a receipt filled in. The receipt goes
 * after the {@code #}: browsers never send that part to a server, so the ballot's bytes (the
 * choice) reach no access log, proxy log or referrer.
 */
public final class ReceiptLinks {

	private ReceiptLinks() {
	}

	/** The check page under {@code base} (the portal's public address, or "" for a link within it). */
	public static String check(String base, Receipt receipt) {
		HexFormat hex = HexFormat.of();
		return base + "/votes/check#voteId=" + receipt.vote() + "&leafIndex=" + receipt.leafIndex() + "&leafHash="
				+ hex.formatHex(receipt.leafHash()) + "&treeSize=" + receipt.treeSize() + "&rootHash="
				+ hex.formatHex(receipt.rootHash()) + "&leafData="
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(receipt.leafData());
	}

}
