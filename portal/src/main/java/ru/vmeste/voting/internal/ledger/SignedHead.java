package ru.vmeste.voting.internal.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * A tree head the portal signed: at {@code timestamp} the vote's tree held {@code treeSize}
 * ballots with this root. The signature is Ed25519 over {@link #signedBytes}.
 *
 * @param timestamp when it was signed, in whole milliseconds (that is what is signed)
 * @param publicKey the X.509 (SubjectPublicKeyInfo) encoding of the signing key
 * @param last whether this is the head signed when the vote closed
 */
public record SignedHead(UUID vote, long treeSize, byte[] rootHash, Instant timestamp, byte[] signature,
		byte[] publicKey, boolean last) {

	private static final byte[] DOMAIN = "VMESTE-TREE-HEAD-V1".getBytes(StandardCharsets.US_ASCII);

	/**
	 * The exact bytes that are signed: the ASCII text {@code VMESTE-TREE-HEAD-V1} (19 bytes),
	 * the vote id (16 bytes, most significant first), the tree size (8 bytes, big-endian),
	 * the root hash (32 bytes) and the timestamp in milliseconds since 1970-01-01T00:00Z
	 * (8 bytes, big-endian): 83 bytes in all.
	 */
	public static byte[] signedBytes(UUID vote, long treeSize, byte[] rootHash, Instant timestamp) {
		return ByteBuffer.allocate(DOMAIN.length + 16 + 8 + 32 + 8)
			.put(DOMAIN)
			.putLong(vote.getMostSignificantBits())
			.putLong(vote.getLeastSignificantBits())
			.putLong(treeSize)
			.put(rootHash)
			.putLong(timestamp.toEpochMilli())
			.array();
	}

	public byte[] signedBytes() {
		return signedBytes(vote, treeSize, rootHash, timestamp);
	}

}
