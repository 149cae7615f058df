package ru.vmeste.voting.internal.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 §2.1 over SHA-256: the tree hash MTH, inclusion paths (PATH),
 * consistency proofs (PROOF) and the two verification algorithms, word for word. Hashes of
 * subtrees come from a {@link Subtrees} source, so proofs never need every leaf in memory.
 */
public final class MerkleTree {

	/** Hashes of the complete, aligned subtrees of one tree. */
	@FunctionalInterface
	public interface Subtrees {

		/** The hash of the subtree covering leaves [index * 2^level, (index + 1) * 2^level). */
		byte[] node(int level, long index);

	}

	private static final byte LEAF_PREFIX = 0x00;

	private static final byte NODE_PREFIX = 0x01;

	private MerkleTree() {
	}

	/** {@code SHA-256(0x00 || data)}. */
	public static byte[] leafHash(byte[] data) {
		MessageDigest sha256 = sha256();
		sha256.update(LEAF_PREFIX);
		return sha256.digest(data);
	}

	/** {@code SHA-256(0x01 || left || right)}. */
	public static byte[] nodeHash(byte[] left, byte[] right) {
		MessageDigest sha256 = sha256();
		sha256.update(NODE_PREFIX);
		sha256.update(left);
		return sha256.digest(right);
	}

	/** MTH of the first {@code size} leaves; the empty tree's hash is SHA-256 of nothing. */
	public static byte[] root(Subtrees tree, long size) {
		return size == 0 ? sha256().digest() : hash(tree, 0, size);
	}

	/** PATH(m, D[n]): the audit path of leaf {@code index} in the tree of the first {@code size} leaves. */
	public static List<byte[]> inclusionProof(Subtrees tree, long index, long size) {
		if (index < 0 || index >= size) {
			throw new IllegalArgumentException("Leaf " + index + " is not in a tree of size " + size);
		}
		List<byte[]> path = new ArrayList<>();
		path(tree, index, 0, size, path);
		return path;
	}

	/** PROOF(m, D[n]) for 0 < first <= second; empty when the sizes are equal. */
	public static List<byte[]> consistencyProof(Subtrees tree, long first, long second) {
		if (first < 1 || first > second) {
			throw new IllegalArgumentException("No consistency proof from size " + first + " to " + second);
		}
		List<byte[]> proof = new ArrayList<>();
		subproof(tree, first, 0, second, true, proof);
		return proof;
	}

	/** RFC 9162 §2.1.3.2: whether the path proves the leaf hash at the index under the root. */
	public static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
		if (index < 0 || index >= size) {
			return false;
		}
		long fn = index;
		long sn = size - 1;
		byte[] r = leafHash;
		for (byte[] p : path) {
			if (sn == 0) {
				return false;
			}
			if ((fn & 1) == 1 || fn == sn) {
				r = nodeHash(p, r);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>= 1;
					sn >>= 1;
				}
			}
			else {
				r = nodeHash(r, p);
			}
			fn >>= 1;
			sn >>= 1;
		}
		return sn == 0 && Arrays.equals(r, root);
	}

	/**
	 * RFC 9162 §2.1.4.2: whether the proof shows that the tree of {@code second} leaves with
	 * {@code secondRoot} extends the tree of {@code first} leaves with {@code firstRoot}. Equal
	 * sizes need an empty proof and equal roots.
	 */
	public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot,
			List<byte[]> proof) {
		if (first < 1 || first > second) {
			return false;
		}
		if (first == second) {
			return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
		}
		if (proof.isEmpty()) {
			return false;
		}
		List<byte[]> path = new ArrayList<>(proof);
		if (Long.bitCount(first) == 1) {
			path.addFirst(firstRoot);
		}
		long fn = first - 1;
		long sn = second - 1;
		while ((fn & 1) == 1) {
			fn >>= 1;
			sn >>= 1;
		}
		byte[] fr = path.getFirst();
		byte[] sr = path.getFirst();
		for (byte[] c : path.subList(1, path.size())) {
			if (sn == 0) {
				return false;
			}
			if ((fn & 1) == 1 || fn == sn) {
				fr = nodeHash(c, fr);
				sr = nodeHash(c, sr);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>= 1;
					sn >>= 1;
				}
			}
			else {
				sr = nodeHash(sr, c);
			}
			fn >>= 1;
			sn >>= 1;
		}
		return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
	}

	/** MTH(D[start:end]); every range the RFC's recursion produces is aligned to its largest power of two. */
	static byte[] hash(Subtrees tree, long start, long end) {
		long n = end - start;
		if (Long.bitCount(n) == 1 && start % n == 0) {
			return tree.node(Long.numberOfTrailingZeros(n), start / n);
		}
		long k = split(n);
		return nodeHash(hash(tree, start, start + k), hash(tree, start + k, end));
	}

	private static void path(Subtrees tree, long m, long start, long end, List<byte[]> path) {
		long n = end - start;
		if (n == 1) {
			return;
		}
		long k = split(n);
		if (m < k) {
			path(tree, m, start, start + k, path);
			path.add(hash(tree, start + k, end));
		}
		else {
			path(tree, m - k, start + k, end, path);
			path.add(hash(tree, start, start + k));
		}
	}

	private static void subproof(Subtrees tree, long m, long start, long end, boolean complete, List<byte[]> proof) {
		long n = end - start;
		if (m == n) {
			if (!complete) {
				proof.add(hash(tree, start, end));
			}
			return;
		}
		long k = split(n);
		if (m <= k) {
			subproof(tree, m, start, start + k, complete, proof);
			proof.add(hash(tree, start + k, end));
		}
		else {
			subproof(tree, m - k, start + k, end, false, proof);
			proof.add(hash(tree, start, start + k));
		}
	}

	/** The largest power of two smaller than n (n > 1). */
	private static long split(long n) {
		return Long.highestOneBit(n - 1);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

}
