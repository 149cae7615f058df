package ru.vmeste.bench.micro;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import ru.vmeste.voting.internal.ledger.MerkleTree;
import ru.vmeste.voting.internal.ledger.TreeFrontier;

/**
 * The ballot ledger's pure-Java work: appending a ballot's leaf to the frontier of a tree of a
 * million ballots, and building and checking the inclusion proof a voter's receipt asks for.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LedgerBenchmarks {

	private static final int LEAVES = 1 << 20;

	private TreeFrontier frontier;

	private List<byte[][]> levels;

	private byte[] root;

	@Setup
	public void buildTree() {
		List<byte[]> leaves = new ArrayList<>(LEAVES);
		frontier = TreeFrontier.empty();
		for (int i = 0; i < LEAVES; i++) {
			byte[] leaf = MerkleTree.leafHash(ByteBuffer.allocate(8).putLong(i).array());
			leaves.add(leaf);
			frontier = frontier.append(leaf).frontier();
		}
		levels = new ArrayList<>();
		byte[][] level = leaves.toArray(byte[][]::new);
		levels.add(level);
		while (level.length > 1) {
			byte[][] parents = new byte[level.length / 2][];
			for (int i = 0; i < parents.length; i++) {
				parents[i] = MerkleTree.nodeHash(level[2 * i], level[2 * i + 1]);
			}
			levels.add(parents);
			level = parents;
		}
		root = frontier.root();
	}

	@Benchmark
	public TreeFrontier appendBallotLeaf() {
		return frontier.append(MerkleTree.leafHash(new byte[] { 1, 2, 3 })).frontier();
	}

	@Benchmark
	public List<byte[]> inclusionProof() {
		return MerkleTree.inclusionProof(this::node, ThreadLocalRandom.current().nextInt(LEAVES), LEAVES);
	}

	@Benchmark
	public boolean verifyReceipt() {
		int index = ThreadLocalRandom.current().nextInt(LEAVES);
		List<byte[]> path = MerkleTree.inclusionProof(this::node, index, LEAVES);
		return MerkleTree.verifyInclusion(index, LEAVES, levels.getFirst()[index], path, root);
	}

	private byte[] node(int level, long index) {
		return levels.get(level)[(int) index];
	}

}
