package ru.vmeste.voting.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ru.vmeste.voting.internal.ledger.Receipt;

/**
 * What casting answers: the receipt once the ballot is a leaf, or — if the appender did not get
 * to it in time — the ballot's leaf hash: the voter is recorded and the ballot pooled, and it is
 * appended shortly (the receipt is then found by that hash).
 */
public record Cast(UUID vote, byte[] leafHash, @Nullable Receipt receipt) {

	public boolean appended() {
		return receipt != null;
	}

}
