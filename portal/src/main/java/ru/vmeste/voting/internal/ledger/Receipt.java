package ru.vmeste.voting.internal.ledger;

import java.util.UUID;

/**
 * What a voter keeps after casting: where their ballot sits in the vote's tree and the tree's
 * size and root right after it was appended. {@code leafData} are the exact bytes that were
 * hashed, so the voter can decode their choices and recompute the leaf hash.
 */
public record Receipt(UUID vote, long leafIndex, byte[] leafHash, long treeSize, byte[] rootHash, byte[] leafData) {
}
