package ru.vmeste.voting.internal;

import java.util.Base64;
import java.util.HexFormat;

import org.springframework.web.util.UriComponentsBuilder;

import ru.vmeste.voting.internal.ledger.Receipt;

/**
 * Links that carry a receipt: the public "check my ballot" page with it filled in, and the
 * receipt as a file. Both hold only what the receipt holds.
 */
public final class ReceiptLinks {

	private ReceiptLinks() {
	}

	public static String check(String site, Receipt receipt) {
		return withReceipt(UriComponentsBuilder.fromUriString(site).path("/votes/check"), receipt).toUriString();
	}

	/** The receipt page (relative to the site). */
	public static String page(String site, Receipt receipt) {
		return onVote(site, "/votes/{id}/receipt", receipt);
	}

	public static String file(String site, Receipt receipt) {
		return onVote(site, "/votes/{id}/receipt.json", receipt);
	}

	private static String onVote(String site, String path, Receipt receipt) {
		return withReceipt(UriComponentsBuilder.fromUriString(site).path(path), receipt).buildAndExpand(receipt.vote())
			.encode()
			.toUriString();
	}

	private static UriComponentsBuilder withReceipt(UriComponentsBuilder link, Receipt receipt) {
		HexFormat hex = HexFormat.of();
		return link.queryParam("voteId", receipt.vote())
			.queryParam("leafIndex", receipt.leafIndex())
			.queryParam("leafHash", hex.formatHex(receipt.leafHash()))
			.queryParam("treeSize", receipt.treeSize())
			.queryParam("rootHash", hex.formatHex(receipt.rootHash()))
			.queryParam("leafData", Base64.getUrlEncoder().withoutPadding().encodeToString(receipt.leafData()));
	}

}
