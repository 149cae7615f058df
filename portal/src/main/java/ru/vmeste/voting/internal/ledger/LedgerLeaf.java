package ru.vmeste.voting.internal.ledger;

/** A stored leaf: its position in the tree and the exact bytes that were hashed. */
public record LedgerLeaf(long index, byte[] data) {
}
