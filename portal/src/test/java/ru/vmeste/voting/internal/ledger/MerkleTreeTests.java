package ru.vmeste.voting.internal.ledger;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Merkle tree against the test vectors of the Certificate Transparency implementations
 * (the 8-leaf tree of the Go and C++ code: roots for sizes 1–8, inclusion and consistency
 * proofs), every value also recomputed here from scratch by a separate, literal transcription
 * of RFC 9162 §2.1, and the ways a proof can be wrong.
 */
class MerkleTreeTests {

	private static final HexFormat HEX = HexFormat.of();

	/** The inputs of the CT test tree. */
	private static final List<byte[]> LEAVES = List.of(new byte[0], hex("00"), hex("10"), hex("2021"), hex("3031"),
			hex("40414243"), hex("5051525354555657"), hex("606162636465666768696a6b6c6d6e6f"));

	/** The published roots of the first 1..8 leaves. */
	private static final List<String> ROOTS = List.of(
			"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
			"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
			"aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
			"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
			"4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
			"76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
			"ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
			"5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

	@Test
	void rootsOfSizesOneToEightAreThePublishedOnes() {
		for (int size = 1; size <= 8; size++) {
			assertThat(HEX.formatHex(MerkleTree.root(tree(), size))).as("root of %d leaves", size)
				.isEqualTo(ROOTS.get(size - 1))
				.isEqualTo(HEX.formatHex(Rfc.mth(LEAVES.subList(0, size))));
		}
	}

	@Test
	void theEmptyTreeHashesToTheHashOfNothing() {
		assertThat(HEX.formatHex(MerkleTree.root(tree(), 0)))
			.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	}

	@ParameterizedTest(name = "leaf {0} of {1}")
	@CsvSource(delimiter = '|', textBlock = """
			0 | 1 |
			0 | 8 | 96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7,5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e,6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4
			5 | 8 | bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b,ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0,d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7
			2 | 3 | fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125
			1 | 5 | 6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d,5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e,bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b
			""")
	void inclusionProofsAreThePublishedOnesAndVerify(int leaf, int size, String expected) {
		List<byte[]> proof = MerkleTree.inclusionProof(tree(), leaf, size);
		assertThat(hexes(proof)).isEqualTo(split(expected))
			.isEqualTo(hexes(Rfc.path(leaf, LEAVES.subList(0, size))));
		assertThat(MerkleTree.verifyInclusion(leaf, size, leafHash(leaf), proof, root(size))).isTrue();
	}

	@ParameterizedTest(name = "{0} to {1}")
	@CsvSource(delimiter = '|', textBlock = """
			1 | 1 |
			1 | 8 | 96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7,5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e,6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4
			6 | 8 | 0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a,ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0,d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7
			2 | 5 | 5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e,bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b
			""")
	void consistencyProofsAreThePublishedOnesAndVerify(int first, int second, String expected) {
		List<byte[]> proof = MerkleTree.consistencyProof(tree(), first, second);
		assertThat(hexes(proof)).isEqualTo(split(expected))
			.isEqualTo(hexes(Rfc.proof(first, LEAVES.subList(0, second))));
		assertThat(MerkleTree.verifyConsistency(first, second, root(first), root(second), proof)).isTrue();
	}

	@Test
	void everyProofOfTheTestTreeMatchesTheRfcAndVerifies() {
		for (int size = 1; size <= 8; size++) {
			for (int leaf = 0; leaf < size; leaf++) {
				List<byte[]> proof = MerkleTree.inclusionProof(tree(), leaf, size);
				assertThat(hexes(proof)).isEqualTo(hexes(Rfc.path(leaf, LEAVES.subList(0, size))));
				assertThat(MerkleTree.verifyInclusion(leaf, size, leafHash(leaf), proof, root(size))).isTrue();
			}
			for (int first = 1; first <= size; first++) {
				List<byte[]> proof = MerkleTree.consistencyProof(tree(), first, size);
				assertThat(hexes(proof)).isEqualTo(hexes(Rfc.proof(first, LEAVES.subList(0, size))));
				assertThat(MerkleTree.verifyConsistency(first, size, root(first), root(size), proof)).isTrue();
			}
		}
	}

	@Test
	void refusesAnInclusionProofForTheWrongSizeOrIndex() {
		List<byte[]> proof = MerkleTree.inclusionProof(tree(), 5, 8);
		assertThat(MerkleTree.verifyInclusion(5, 7, leafHash(5), proof, root(7))).isFalse();
		assertThat(MerkleTree.verifyInclusion(5, 8, leafHash(5), proof, root(7))).isFalse();
		assertThat(MerkleTree.verifyInclusion(4, 8, leafHash(5), proof, root(8))).isFalse();
		assertThat(MerkleTree.verifyInclusion(8, 8, leafHash(5), proof, root(8))).isFalse();
		assertThat(MerkleTree.verifyInclusion(5, 8, leafHash(4), proof, root(8))).isFalse();
	}

	@Test
	void refusesATruncatedOrExtendedInclusionProof() {
		List<byte[]> proof = MerkleTree.inclusionProof(tree(), 5, 8);
		assertThat(MerkleTree.verifyInclusion(5, 8, leafHash(5), proof.subList(0, 2), root(8))).isFalse();
		assertThat(MerkleTree.verifyInclusion(5, 8, leafHash(5), List.of(), root(8))).isFalse();
		List<byte[]> extended = new ArrayList<>(proof);
		extended.add(root(8));
		assertThat(MerkleTree.verifyInclusion(5, 8, leafHash(5), extended, root(8))).isFalse();
	}

	@Test
	void refusesAConsistencyProofForTheWrongSizes() {
		List<byte[]> proof = MerkleTree.consistencyProof(tree(), 6, 8);
		assertThat(MerkleTree.verifyConsistency(5, 8, root(5), root(8), proof)).isFalse();
		assertThat(MerkleTree.verifyConsistency(6, 7, root(6), root(7), proof)).isFalse();
		assertThat(MerkleTree.verifyConsistency(0, 8, root(6), root(8), proof)).isFalse();
		assertThat(MerkleTree.verifyConsistency(8, 6, root(8), root(6), proof)).isFalse();
	}

	@Test
	void refusesATruncatedOrExtendedConsistencyProof() {
		List<byte[]> proof = MerkleTree.consistencyProof(tree(), 6, 8);
		assertThat(MerkleTree.verifyConsistency(6, 8, root(6), root(8), proof.subList(0, 2))).isFalse();
		assertThat(MerkleTree.verifyConsistency(6, 8, root(6), root(8), List.of())).isFalse();
		List<byte[]> extended = new ArrayList<>(proof);
		extended.add(root(1));
		assertThat(MerkleTree.verifyConsistency(6, 8, root(6), root(8), extended)).isFalse();
		assertThat(MerkleTree.verifyConsistency(1, 1, root(1), root(1), List.of(root(1)))).isFalse();
	}

	@Test
	void refusesSwappedOrForeignRoots() {
		List<byte[]> proof = MerkleTree.consistencyProof(tree(), 2, 5);
		assertThat(MerkleTree.verifyConsistency(2, 5, root(5), root(2), proof)).isFalse();
		assertThat(MerkleTree.verifyConsistency(2, 5, root(3), root(5), proof)).isFalse();
		assertThat(MerkleTree.verifyConsistency(2, 5, root(2), root(6), proof)).isFalse();
		assertThat(MerkleTree.verifyConsistency(1, 1, root(1), root(2), List.of())).isFalse();
		List<byte[]> inclusion = MerkleTree.inclusionProof(tree(), 1, 5);
		assertThat(MerkleTree.verifyInclusion(1, 5, root(5), inclusion, leafHash(1))).isFalse();
	}

	@Test
	void refusesToBuildProofsOutsideTheTree() {
		assertThatThrownBy(() -> MerkleTree.inclusionProof(tree(), 8, 8)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> MerkleTree.consistencyProof(tree(), 0, 8)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> MerkleTree.consistencyProof(tree(), 5, 4)).isInstanceOf(IllegalArgumentException.class);
	}

	/** The test tree's complete subtrees, each computed from scratch by the RFC's definition. */
	private static MerkleTree.Subtrees tree() {
		return (level, index) -> {
			int width = 1 << level;
			return Rfc.mth(LEAVES.subList((int) index * width, (int) index * width + width));
		};
	}

	private static byte[] root(int size) {
		return Rfc.mth(LEAVES.subList(0, size));
	}

	private static byte[] leafHash(int leaf) {
		return Rfc.mth(LEAVES.subList(leaf, leaf + 1));
	}

	private static List<String> hexes(List<byte[]> hashes) {
		return hashes.stream().map(HEX::formatHex).toList();
	}

	private static List<String> split(String joined) {
		return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(","));
	}

	private static byte[] hex(String text) {
		return HEX.parseHex(text);
	}

	/** RFC 9162 §2.1.1–2.1.4 transcribed literally over lists of inputs, sharing no code with MerkleTree. */
	static final class Rfc {

		static byte[] mth(List<byte[]> d) {
			int n = d.size();
			if (n == 0) {
				return sha256(new byte[0]);
			}
			if (n == 1) {
				return sha256(concat(new byte[] { 0 }, d.get(0)));
			}
			int k = largestPowerOfTwoBelow(n);
			return sha256(concat(new byte[] { 1 }, mth(d.subList(0, k)), mth(d.subList(k, n))));
		}

		static List<byte[]> path(int m, List<byte[]> d) {
			int n = d.size();
			List<byte[]> result = new ArrayList<>();
			if (n == 1) {
				return result;
			}
			int k = largestPowerOfTwoBelow(n);
			if (m < k) {
				result.addAll(path(m, d.subList(0, k)));
				result.add(mth(d.subList(k, n)));
			}
			else {
				result.addAll(path(m - k, d.subList(k, n)));
				result.add(mth(d.subList(0, k)));
			}
			return result;
		}

		static List<byte[]> proof(int m, List<byte[]> d) {
			return subproof(m, d, true);
		}

		private static List<byte[]> subproof(int m, List<byte[]> d, boolean b) {
			int n = d.size();
			List<byte[]> result = new ArrayList<>();
			if (m == n) {
				if (!b) {
					result.add(mth(d));
				}
				return result;
			}
			int k = largestPowerOfTwoBelow(n);
			if (m <= k) {
				result.addAll(subproof(m, d.subList(0, k), b));
				result.add(mth(d.subList(k, n)));
			}
			else {
				result.addAll(subproof(m - k, d.subList(k, n), false));
				result.add(mth(d.subList(0, k)));
			}
			return result;
		}

		private static int largestPowerOfTwoBelow(int n) {
			int k = 1;
			while (k * 2 < n) {
				k *= 2;
			}
			return k;
		}

		private static byte[] concat(byte[]... parts) {
			int length = 0;
			for (byte[] part : parts) {
				length += part.length;
			}
			byte[] joined = new byte[length];
			int offset = 0;
			for (byte[] part : parts) {
				System.arraycopy(part, 0, joined, offset, part.length);
				offset += part.length;
			}
			return joined;
		}

		static byte[] sha256(byte[] bytes) {
			try {
				return MessageDigest.getInstance("SHA-256").digest(bytes);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
