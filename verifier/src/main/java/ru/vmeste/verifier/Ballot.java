package ru.vmeste.verifier;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One leaf's ballot: version 1, the vote id, a two-byte count, the chosen option ids in
 * ascending unsigned byte order without repeats, and a 16-byte nonce.
 */
record Ballot(UUID vote, List<UUID> options) {

	/** Decodes a leaf, or says why it is not a canonical ballot. */
	static Ballot decode(byte[] data) {
		if (data.length < 35) {
			throw new IllegalArgumentException("it has " + data.length + " bytes, fewer than any ballot");
		}
		if (data[0] != 1) {
			throw new IllegalArgumentException("its version is " + data[0] + ", not 1");
		}
		ByteBuffer buffer = ByteBuffer.wrap(data, 1, data.length - 1);
		UUID vote = new UUID(buffer.getLong(), buffer.getLong());
		int count = Short.toUnsignedInt(buffer.getShort());
		if (data.length != 35 + 16 * count) {
			throw new IllegalArgumentException("it names " + count + " options but has " + data.length + " bytes");
		}
		List<UUID> options = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			UUID option = new UUID(buffer.getLong(), buffer.getLong());
			if (!options.isEmpty() && unsignedCompare(options.getLast(), option) >= 0) {
				throw new IllegalArgumentException("its options are not in ascending order without repeats");
			}
			options.add(option);
		}
		return new Ballot(vote, options);
	}

	private static int unsignedCompare(UUID a, UUID b) {
		int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
		return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
	}

}
