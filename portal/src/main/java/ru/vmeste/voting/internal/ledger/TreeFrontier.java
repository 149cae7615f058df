package ru.vmeste.voting.internal.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The right edge of a Merkle tree: the roots of its complete subtrees, largest first (one per
 * set bit of the size). It is all an append needs: adding a leaf merges equal-sized subtrees
 * and yields the new complete nodes to store, and the root folds the edge from the right, so
 * the tree head is updated in O(log n) without reading any older leaf.
 *
 * @param size the number of leaves
 * @param edge the subtree roots, largest (leftmost) first
 */
public record TreeFrontier(long size, List<byte[]> edge) {

	/** A complete subtree created by an append: it covers leaves [index * 2^level, (index + 1) * 2^level). */
	public record Node(int level, long index, byte[] hash) {
	}

	/** The frontier after an append and the complete nodes the append created. */
	public record Appended(TreeFrontier frontier, List<Node> newNodes) {
	}

	public TreeFrontier {
		edge = List.copyOf(edge);
		if (edge.size() != Long.bitCount(size)) {
			throw new IllegalArgumentException("A tree of " + size + " leaves has " + Long.bitCount(size) + " edge subtrees");
		}
	}

	public static TreeFrontier empty() {
		return new TreeFrontier(0, List.of());
	}

	/** Reads the stored form: the edge hashes concatenated, 32 bytes each. */
	public static TreeFrontier decode(long size, byte[] stored) {
		List<byte[]> edge = new ArrayList<>();
		for (int offset = 0; offset < stored.length; offset += 32) {
			edge.add(Arrays.copyOfRange(stored, offset, offset + 32));
		}
		return new TreeFrontier(size, edge);
	}

	public byte[] encode() {
		byte[] stored = new byte[edge.size() * 32];
		for (int i = 0; i < edge.size(); i++) {
			System.arraycopy(edge.get(i), 0, stored, i * 32, 32);
		}
		return stored;
	}

	/** Adds the leaf with this hash as leaf number {@link #size()}. */
	public Appended append(byte[] leafHash) {
		List<byte[]> next = new ArrayList<>(edge);
		List<Node> created = new ArrayList<>();
		byte[] carry = leafHash;
		long index = size;
		int level = 0;
		while ((index & 1) == 1) {
			carry = MerkleTree.nodeHash(next.removeLast(), carry);
			index >>= 1;
			level++;
			created.add(new Node(level, index, carry));
		}
		next.add(carry);
		return new Appended(new TreeFrontier(size + 1, next), created);
	}

	/** MTH of all leaves. */
	public byte[] root() {
		if (edge.isEmpty()) {
			return MerkleTree.root((level, index) -> {
				throw new IllegalStateException("The empty tree has no nodes");
			}, 0);
		}
		byte[] root = edge.getLast();
		for (int i = edge.size() - 2; i >= 0; i--) {
			root = MerkleTree.nodeHash(edge.get(i), root);
		}
		return root;
	}

}
