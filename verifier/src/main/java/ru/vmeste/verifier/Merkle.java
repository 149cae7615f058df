package ru.vmeste.verifier;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * RFC 9162 §2.1 over SHA-256, written for the verifier independently of the portal: tree
 * hashes of growing prefixes and the consistency proof check of §2.1.4.2.
 */
final class Merkle {

	private Merkle() {
	}

	static byte[] leafHash(byte[] data) {
		MessageDigest sha256 = sha256();
		sha256.update((byte) 0x00);
		return sha256.digest(data);
	}

	static byte[] nodeHash(byte[] left, byte[] right) {
		MessageDigest sha256 = sha256();
		sha256.update((byte) 0x01);
		sha256.update(left);
		return sha256.digest(right);
	}

	/**
	 * A tree that grows one leaf at a time. It keeps the roots of its complete subtrees
	 * (largest first); the tree hash MTH combines them from the right, which is what the RFC's
	 * split at the largest power of two below n amounts to.
	 */
	static final class Growing {

		private final List<byte[]> subtrees = new ArrayList<>();

		private final List<Integer> heights = new ArrayList<>();

		private long size;

		void add(byte[] leafHash) {
			byte[] carry = leafHash;
			int height = 0;
			while (!heights.isEmpty() && heights.getLast() == height) {
				heights.removeLast();
				carry = nodeHash(subtrees.removeLast(), carry);
				height++;
			}
			subtrees.add(carry);
			heights.add(height);
			size++;
		}

		long size() {
			return size;
		}

		byte[] root() {
			if (subtrees.isEmpty()) {
				return sha256().digest();
			}
			byte[] root = subtrees.getLast();
			for (int i = subtrees.size() - 2; i >= 0; i--) {
				root = nodeHash(subtrees.get(i), root);
			}
			return root;
		}

	}

	/** §2.1.4.2, for 0 < first < second; equal sizes need equal roots and no proof. */
	static boolean consistent(long first, long second, byte[] firstHash, byte[] secondHash, List<byte[]> proof) {
		if (first == second) {
			return proof.isEmpty() && Arrays.equals(firstHash, secondHash);
		}
		if (first < 1 || first > second || proof.isEmpty()) {
			return false;
		}
		List<byte[]> path = new ArrayList<>(proof);
		if ((first & (first - 1)) == 0) {
			path.addFirst(firstHash);
		}
		long fn = first - 1;
		long sn = second - 1;
		while ((fn & 1) == 1) {
			fn >>>= 1;
			sn >>>= 1;
		}
		byte[] fr = path.getFirst();
		byte[] sr = path.getFirst();
		for (int i = 1; i < path.size(); i++) {
			byte[] c = path.get(i);
			if (sn == 0) {
				return false;
			}
			if ((fn & 1) == 1 || fn == sn) {
				fr = nodeHash(c, fr);
				sr = nodeHash(c, sr);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>>= 1;
					sn >>>= 1;
				}
			}
			else {
				sr = nodeHash(sr, c);
			}
			fn >>>= 1;
			sn >>>= 1;
		}
		return sn == 0 && Arrays.equals(fr, firstHash) && Arrays.equals(sr, secondHash);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
