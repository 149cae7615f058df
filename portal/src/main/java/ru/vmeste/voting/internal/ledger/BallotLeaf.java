package ru.vmeste.voting.internal.ledger;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The canonical bytes of one ballot, which become a leaf of the vote's Merkle tree:
 * <pre>
 * version      1 byte   0x01
 * vote id     16 bytes  the UUID, most significant byte first
 * count        2 bytes  number of chosen options, big-endian
 * options   16 each     the chosen option ids, ascending as unsigned bytes (= ascending lowercase hex), no repeats
 * nonce       16 bytes  random, so that equal choices give different leaves
 * </pre>
 * The same choices always encode to the same bytes except for the nonce; decoding refuses
 * anything else (unsorted or repeated options, wrong length).
 */
public record BallotLeaf(UUID vote, List<UUID> options, byte[] nonce) {

	public static final byte VERSION = 1;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int NONCE_LENGTH = 16;

	public BallotLeaf {
		options = List.copyOf(options);
		nonce = nonce.clone();
		if (nonce.length != NONCE_LENGTH) {
			throw new IllegalArgumentException("The nonce has 16 bytes");
		}
		for (int i = 1; i < options.size(); i++) {
			if (compare(options.get(i - 1), options.get(i)) >= 0) {
				throw new IllegalArgumentException("Options must be ascending without repeats");
			}
		}
	}

	/** A new ballot with the options in canonical order and a fresh random nonce. */
	public static BallotLeaf of(UUID vote, Collection<UUID> options) {
		List<UUID> sorted = new ArrayList<>(options);
		sorted.sort(BallotLeaf::compare);
		byte[] nonce = new byte[NONCE_LENGTH];
		RANDOM.nextBytes(nonce);
		return new BallotLeaf(vote, sorted, nonce);
	}

	public static BallotLeaf decode(byte[] data) {
		try {
			ByteBuffer buffer = ByteBuffer.wrap(data);
			if (buffer.get() != VERSION) {
				throw new IllegalArgumentException("Unknown ballot version " + data[0]);
			}
			UUID vote = new UUID(buffer.getLong(), buffer.getLong());
			int count = Short.toUnsignedInt(buffer.getShort());
			List<UUID> options = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				options.add(new UUID(buffer.getLong(), buffer.getLong()));
			}
			byte[] nonce = new byte[NONCE_LENGTH];
			buffer.get(nonce);
			if (buffer.hasRemaining()) {
				throw new IllegalArgumentException("Trailing bytes after the nonce");
			}
			return new BallotLeaf(vote, options, nonce);
		}
		catch (BufferUnderflowException ex) {
			throw new IllegalArgumentException("The ballot is truncated", ex);
		}
	}

	public byte[] encode() {
		ByteBuffer buffer = ByteBuffer.allocate(1 + 16 + 2 + 16 * options.size() + NONCE_LENGTH);
		buffer.put(VERSION).putLong(vote.getMostSignificantBits()).putLong(vote.getLeastSignificantBits());
		buffer.putShort((short) options.size());
		options.forEach(option -> buffer.putLong(option.getMostSignificantBits()).putLong(option.getLeastSignificantBits()));
		return buffer.put(nonce).array();
	}

	@Override
	public byte[] nonce() {
		return nonce.clone();
	}

	/** Unsigned byte order of the 16-byte form; {@link UUID#compareTo} compares signed and differs. */
	static int compare(UUID a, UUID b) {
		int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
		return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof BallotLeaf leaf && leaf.vote.equals(vote) && leaf.options.equals(options)
				&& Arrays.equals(leaf.nonce, nonce);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * vote.hashCode() + options.hashCode()) + Arrays.hashCode(nonce);
	}

	@Override
	public String toString() {
		return "BallotLeaf[vote=" + vote + ", options=" + options + ", nonce=" + HexFormat.of().formatHex(nonce) + "]";
	}

}
