package ru.vmeste.voting.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import ru.vmeste.shared.DomainException;
import ru.vmeste.voting.internal.BallotPool.Pooled;
import ru.vmeste.voting.internal.BallotPool.VoterRow;

/**
 * Admits a batch of ballots in one transaction: puts their voters on the roll (once per vote,
 * in the order of their ids) and their ballots, shuffled, into the pool. The pool rows are
 * written inside a savepoint, so PostgreSQL gives them a transaction id (their {@code xmin}) of
 * their own: no row of the pool, and no leaf later, carries the voters' transaction id, while the
 * roll and the pool still commit together — nobody is recorded whose ballot could be lost.
 */
@Component
class Admissions {

	/** What became of a batch: who is recorded (and pooled), who was refused and why. */
	record Admission(List<Submission> recorded, Map<Submission, DomainException> refused) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final BallotPool pool;

	private final TransactionTemplate transactions;

	Admissions(BallotPool pool, PlatformTransactionManager transactions) {
		this.pool = pool;
		this.transactions = new TransactionTemplate(transactions);
	}

	Admission admit(List<Submission> batch) {
		return transactions.execute(status -> admit(batch, status));
	}

	private Admission admit(List<Submission> batch, TransactionStatus status) {
		Map<Submission, DomainException> refused = new LinkedHashMap<>();
		Map<UUID, List<Submission>> byVote = new TreeMap<>();
		batch.forEach(submission -> byVote.computeIfAbsent(submission.vote.id().value(), vote -> new ArrayList<>())
			.add(submission));
		List<Submission> candidates = new ArrayList<>();
		Set<VoterRow> seen = new HashSet<>();
		byVote.forEach((vote, submissions) -> {
			pool.shareGate(vote);
			boolean accepting = pool.accepting(vote);
			for (Submission submission : submissions) {
				if (!accepting || !submission.vote.acceptsBallotsAt(submission.castAt)) {
					refused.put(submission, DomainException.conflict("voting.closed"));
				}
				else if (!seen.add(new VoterRow(vote, submission.voter.value()))) {
					refused.put(submission, DomainException.conflict("voting.already-voted"));
				}
				else {
					candidates.add(submission);
				}
			}
		});
		Set<VoterRow> recordedRows = new HashSet<>(pool.record(candidates.stream()
			.map(submission -> new VoterRow(submission.vote.id().value(), submission.voter.value()))
			.toList()));
		List<Submission> recorded = new ArrayList<>();
		for (Submission submission : candidates) {
			if (recordedRows.contains(new VoterRow(submission.vote.id().value(), submission.voter.value()))) {
				recorded.add(submission);
			}
			else {
				refused.put(submission, DomainException.conflict("voting.already-voted"));
			}
		}
		List<Pooled> ballots = new ArrayList<>(recorded.stream()
			.map(submission -> new Pooled(submission.vote.id().value(), submission.leafHash, submission.data))
			.toList());
		Collections.shuffle(ballots, RANDOM);
		Object ownTransactionId = status.createSavepoint();
		pool.pool(ballots);
		status.releaseSavepoint(ownTransactionId);
		return new Admission(recorded, refused);
	}

}
