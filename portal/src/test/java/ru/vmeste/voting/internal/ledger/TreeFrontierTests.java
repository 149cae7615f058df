package ru.vmeste.voting.internal.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Appending leaf by leaf to the right edge gives, at every size, the root the RFC defines over
 * all leaves, and the complete nodes it creates are exactly the tree's nodes, so proofs built
 * from them verify.
 */
class TreeFrontierTests {

	@Test
	void incrementalRootsEqualFromScratchRootsAtEverySize() {
		List<byte[]> leaves = new ArrayList<>();
		TreeFrontier frontier = TreeFrontier.empty();
		assertThat(frontier.root()).isEqualTo(MerkleTreeTests.Rfc.mth(leaves));
		for (int i = 0; i < 300; i++) {
			byte[] data = ("ballot " + i).getBytes();
			leaves.add(data);
			frontier = frontier.append(MerkleTree.leafHash(data)).frontier();
			assertThat(HexFormat.of().formatHex(frontier.root())).as("root at size %d", i + 1)
				.isEqualTo(HexFormat.of().formatHex(MerkleTreeTests.Rfc.mth(leaves)));
			frontier = TreeFrontier.decode(frontier.size(), frontier.encode());
		}
	}

	@Test
	void storesEachCompleteSubtreeOnceAndProofsFromThemVerify() {
		Map<String, byte[]> nodes = new HashMap<>();
		List<byte[]> leaves = new ArrayList<>();
		TreeFrontier frontier = TreeFrontier.empty();
		for (int i = 0; i < 100; i++) {
			byte[] data = new byte[] { (byte) i, (byte) (i * 7) };
			leaves.add(data);
			byte[] leafHash = MerkleTree.leafHash(data);
			nodes.put("0/" + i, leafHash);
			TreeFrontier.Appended appended = frontier.append(leafHash);
			for (TreeFrontier.Node node : appended.newNodes()) {
				assertThat(nodes.put(node.level() + "/" + node.index(), node.hash())).as("node stored twice").isNull();
				int width = 1 << node.level();
				assertThat(node.hash()).isEqualTo(MerkleTreeTests.Rfc
					.mth(leaves.subList((int) node.index() * width, (int) node.index() * width + width)));
			}
			frontier = appended.frontier();
		}
		assertThat(nodes).hasSize(100 + 50 + 25 + 12 + 6 + 3 + 1);
		MerkleTree.Subtrees stored = (level, index) -> nodes.get(level + "/" + index);
		for (int size = 1; size <= 100; size += 9) {
			byte[] root = MerkleTree.root(stored, size);
			for (int leaf = 0; leaf < size; leaf += 4) {
				assertThat(MerkleTree.verifyInclusion(leaf, size, nodes.get("0/" + leaf),
						MerkleTree.inclusionProof(stored, leaf, size), root)).isTrue();
			}
			assertThat(MerkleTree.verifyConsistency(size, 100, root, frontier.root(),
					MerkleTree.consistencyProof(stored, size, 100))).isTrue();
		}
	}

}
