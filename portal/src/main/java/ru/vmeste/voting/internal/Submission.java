package ru.vmeste.voting.internal;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import ru.vmeste.identity.UserId;
import ru.vmeste.voting.internal.ledger.MerkleTree;
import ru.vmeste.voting.internal.ledger.Receipt;

/**
 * One resident's ballot on its way through the pipeline. It exists only in memory: who cast
 * which ballot is never written anywhere. {@link #recorded} completes when the voter is on the
 * roll and the ballot in the pool (or fails with the reason it was refused), {@link #appended}
 * when the ballot is a leaf.
 */
final class Submission {

	private static final int WAITING = 0;

	private static final int TAKEN = 1;

	private static final int WITHDRAWN = 2;

	final Vote vote;

	final UserId voter;

	/** When the resident cast it: a ballot cast before the closing time counts. */
	final Instant castAt;

	final byte[] data;

	final byte[] leafHash;

	final long queuedAt = System.nanoTime();

	final CompletableFuture<Void> recorded = new CompletableFuture<>();

	final CompletableFuture<Receipt> appended = new CompletableFuture<>();

	private final AtomicInteger state = new AtomicInteger(WAITING);

	Submission(Vote vote, UserId voter, Instant castAt, byte[] data) {
		this.vote = vote;
		this.voter = voter;
		this.castAt = castAt;
		this.data = data.clone();
		this.leafHash = MerkleTree.leafHash(data);
	}

	/** The appender takes it into a batch; false if its request gave up first. */
	boolean take() {
		return state.compareAndSet(WAITING, TAKEN);
	}

	/** The request gives up before the appender took it; false if it was taken already. */
	boolean withdraw() {
		return state.compareAndSet(WAITING, WITHDRAWN);
	}

	@Override
	public String toString() {
		return "Submission[vote " + vote.id() + "]";
	}

}
