package ru.vmeste.voting.internal.ledger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.voting.internal.ledger.LedgerStore.NodeRef;

/**
 * Each vote's append-only ballot ledger: a Merkle tree (RFC 9162) whose head is updated
 * incrementally under a row lock, proofs built from the stored complete subtrees, and the
 * signed tree heads.
 */
@Service
@Transactional(readOnly = true)
public class Ledger {

	/** The most leaves one request may read. */
	public static final int MAX_LEAVES_PER_REQUEST = 1000;

	private static final int BULK_CHUNK = 5000;

	private static final byte[] PLACEHOLDER = new byte[32];

	private final LedgerStore store;

	private final SigningKeys keys;

	Ledger(LedgerStore store, SigningKeys keys) {
		this.store = store;
		this.keys = keys;
	}

	/** Starts the vote's empty tree; nothing may be appended before. */
	@Transactional
	public void open(UUID vote) {
		store.createHead(vote, TreeFrontier.empty().root());
	}

	/**
	 * Locks the vote's tree head until the transaction ends and returns it; every append and
	 * the vote's closing take this lock, so they happen one after another.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public TreeFrontier lock(UUID vote) {
		return store.lockHead(vote).orElseThrow(() -> new IllegalStateException("The vote " + vote + " has no ledger"));
	}

	/** Locks the head as {@link #lock} does for an append; empty once the ledger is closed. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<TreeFrontier> lockForAppend(UUID vote) {
		return store.lockHeadForAppend(vote);
	}

	/** Takes no more leaves; called with the lock held, as the vote closes. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void close(UUID vote) {
		lock(vote);
		store.stopAccepting(vote);
	}

	/**
	 * Appends ballots after {@link #lockForAppend}, in the order given: their leaves, the complete
	 * nodes they close and the new head, in one statement. Every receipt names the tree as it
	 * stands after the whole batch (a valid receipt: the leaf is in that tree).
	 *
	 * @param ballots the exact leaf bytes, each a {@link BallotLeaf} of this vote
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Receipt> appendAll(UUID vote, TreeFrontier locked, List<byte[]> ballots) {
		if (ballots.isEmpty()) {
			return List.of();
		}
		TreeFrontier frontier = locked;
		List<TreeFrontier.Node> nodes = new ArrayList<>();
		byte[][] hashes = new byte[ballots.size()][];
		String[] options = new String[ballots.size()];
		for (int i = 0; i < ballots.size(); i++) {
			BallotLeaf leaf = BallotLeaf.decode(ballots.get(i));
			if (!leaf.vote().equals(vote)) {
				throw new IllegalArgumentException("A ballot of vote " + leaf.vote() + " is not one of vote " + vote);
			}
			hashes[i] = MerkleTree.leafHash(ballots.get(i));
			options[i] = leaf.options().stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
			TreeFrontier.Appended appended = frontier.append(hashes[i]);
			nodes.addAll(appended.newNodes());
			frontier = appended.frontier();
		}
		byte[] root = frontier.root();
		store.appendAll(vote, locked.size(), ballots.toArray(byte[][]::new), hashes, options, nodes, frontier, root);
		List<Receipt> receipts = new ArrayList<>(ballots.size());
		for (int i = 0; i < ballots.size(); i++) {
			receipts.add(new Receipt(vote, locked.size() + i, hashes[i], frontier.size(), root, ballots.get(i)));
		}
		return receipts;
	}

	/** Where a ballot with this leaf hash sits in the vote's tree, if it is there. */
	public Optional<Long> indexOf(UUID vote, byte[] leafHash) {
		return store.indexOf(vote, leafHash);
	}

	public Optional<TreeHead> head(UUID vote) {
		return store.head(vote);
	}

	/** The current head; the empty tree before the vote opened. */
	public TreeHead headOrEmpty(UUID vote) {
		return store.head(vote).orElseGet(() -> new TreeHead(0, TreeFrontier.empty().root()));
	}

	/** The root the tree had when it held {@code size} leaves. */
	public byte[] root(UUID vote, long size) {
		requireSize(vote, size);
		return withNodes(vote, tree -> MerkleTree.root(tree, size));
	}

	public List<byte[]> inclusionProof(UUID vote, long leafIndex, long size) {
		requireSize(vote, size);
		return withNodes(vote, tree -> MerkleTree.inclusionProof(tree, leafIndex, size));
	}

	public List<byte[]> consistencyProof(UUID vote, long first, long second) {
		requireSize(vote, second);
		return withNodes(vote, tree -> MerkleTree.consistencyProof(tree, first, second));
	}

	/** Leaves [start, end), at most {@value #MAX_LEAVES_PER_REQUEST}. */
	public List<LedgerLeaf> leaves(UUID vote, long start, long end) {
		if (start < 0 || end < start || end - start > MAX_LEAVES_PER_REQUEST) {
			throw new IllegalArgumentException("A range of at most " + MAX_LEAVES_PER_REQUEST + " leaves");
		}
		return store.leaves(vote, start, end);
	}

	/** Every leaf of the first {@code size}, in order, read a chunk at a time. */
	public void forEachLeaf(UUID vote, long size, Consumer<LedgerLeaf> action) {
		for (long start = 0; start < size; start += BULK_CHUNK) {
			store.leaves(vote, start, Math.min(size, start + BULK_CHUNK)).forEach(action);
		}
	}

	public Optional<byte[]> leafData(UUID vote, long index) {
		return store.leaf(vote, index).map(LedgerLeaf::data);
	}

	public Optional<SignedHead> latestSignedHead(UUID vote) {
		return store.latestSignedHead(vote);
	}

	public List<SignedHead> signedHeads(UUID vote, int limit, long offset) {
		return store.signedHeads(vote, limit, offset);
	}

	public long countSignedHeads(UUID vote) {
		return store.countSignedHeads(vote);
	}

	/**
	 * Signs the current head under the head's lock, unless the latest signed head already
	 * covers it (a head is signed only when the tree has grown; the closing head always).
	 * Timestamps never go backwards, even if the clock does.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<SignedHead> signHead(UUID vote, Instant at, boolean last) {
		lock(vote);
		TreeHead head = store.head(vote).orElseThrow();
		Optional<SignedHead> latest = store.latestSignedHead(vote);
		if (!last && latest.isPresent() && latest.get().treeSize() == head.size()) {
			return Optional.empty();
		}
		Instant timestamp = at.truncatedTo(ChronoUnit.MILLIS);
		if (latest.isPresent() && latest.get().timestamp().isAfter(timestamp)) {
			timestamp = latest.get().timestamp();
		}
		byte[] signature = keys.sign(SignedHead.signedBytes(vote, head.size(), head.rootHash(), timestamp));
		SignedHead signed = new SignedHead(vote, head.size(), head.rootHash(), timestamp, signature, keys.publicKey(), last);
		store.insertSignedHead(signed);
		return Optional.of(signed);
	}

	public byte[] publicKey() {
		return keys.publicKey();
	}

	/**
	 * The key the vote's heads are signed with: the portal's, unless the vote was carried over from
	 * another installation with the heads that installation signed.
	 */
	public byte[] publicKeyOf(UUID vote) {
		return store.latestSignedHead(vote).map(SignedHead::publicKey).orElseGet(keys::publicKey);
	}

	/**
	 * Stores a head another installation signed, of a vote carried over with its ledger (the caller
	 * verified the signature): only for the tree as it stands now, so it signs what the ledger holds.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void importSignedHead(SignedHead signed) {
		TreeHead head = store.head(signed.vote()).orElseThrow();
		if (head.size() != signed.treeSize() || !Arrays.equals(head.rootHash(), signed.rootHash())) {
			throw new IllegalArgumentException("A carried-over head must sign the tree as it stands");
		}
		store.insertSignedHead(signed);
	}

	private void requireSize(UUID vote, long size) {
		long current = store.head(vote).map(TreeHead::size).orElse(0L);
		if (size < 0 || size > current) {
			throw new IllegalArgumentException("The tree has " + current + " leaves, not " + size);
		}
	}

	/**
	 * Runs a tree computation against the stored nodes. Which subtrees a proof needs depends
	 * only on the sizes, so a first dry run with placeholders learns them, one query fetches
	 * them all, and the second run computes with the real hashes.
	 */
	private <T> T withNodes(UUID vote, Function<MerkleTree.Subtrees, T> computation) {
		Set<NodeRef> needed = new HashSet<>();
		computation.apply((level, index) -> {
			needed.add(new NodeRef(level, index));
			return PLACEHOLDER;
		});
		Map<NodeRef, byte[]> nodes = store.nodes(vote, needed);
		return computation.apply((level, index) -> {
			byte[] hash = nodes.get(new NodeRef(level, index));
			if (hash == null) {
				throw new IllegalStateException("Node " + level + "/" + index + " of vote " + vote + " is missing");
			}
			return hash;
		});
	}

}
