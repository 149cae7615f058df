package ru.vmeste.voting.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.voting.VoteId;
import ru.vmeste.voting.internal.ledger.Ledger;

/**
 * Moves votes through time: opens them (with an empty ledger and its first signed head),
 * signs their heads while open, and closes them (pooled ballots appended, final signed head,
 * participation roll, counted result), each in one transaction under the ledger's lock so no
 * ballot slips in between.
 */
@Service
class VoteLifecycle {

	private final VoteStore votes;

	private final Ledger ledger;

	private final Results results;

	private final BallotAppender appender;

	private final Participation participation;

	private final Voters voters;

	VoteLifecycle(VoteStore votes, Ledger ledger, Results results, BallotAppender appender,
			Participation participation, Voters voters) {
		this.voters = voters;
		this.votes = votes;
		this.ledger = ledger;
		this.results = results;
		this.appender = appender;
		this.participation = participation;
	}

	@Transactional
	public boolean open(VoteId vote, Instant now) {
		if (!votes.transition(vote, VoteStatus.SCHEDULED, VoteStatus.OPEN, now, null)) {
			return false;
		}
		ledger.open(vote.value());
		ledger.signHead(vote.value(), now, false);
		return true;
	}

	/** Signs the head of an open vote if it has grown since the last signed head. */
	@Transactional
	public void sign(VoteId vote, Instant now) {
		ledger.lock(vote.value());
		if (votes.statusOf(vote) == VoteStatus.OPEN) {
			ledger.signHead(vote.value(), now, false);
		}
	}

	/**
	 * Closes the vote: waits for the admissions in flight (the vote's gate), appends every ballot
	 * still pooled for it, stops the ledger, signs its final head, publishes the participation roll
	 * and counts the result.
	 */
	@Transactional
	public boolean close(VoteId id, Instant now) {
		return close(id, now, null);
	}

	/**
	 * Closes an open vote before its closing time, as {@link #close} does on time, in the same
	 * transaction moving its closing time to now; the history names who closed it.
	 */
	@Transactional
	public boolean closeEarly(VoteId id, Instant now, UserId by) {
		if (!close(id, now, by)) {
			return false;
		}
		votes.endEarly(id, now);
		return true;
	}

	private boolean close(VoteId id, Instant now, @Nullable UserId by) {
		appender.lockForClosing(id.value());
		ledger.lock(id.value());
		if (!votes.transition(id, VoteStatus.OPEN, VoteStatus.CLOSED, now, by)) {
			return false;
		}
		appender.appendPooledOf(id.value());
		ledger.close(id.value());
		participation.publish(id);
		ledger.signHead(id.value(), now, true);
		results.fix(votes.find(id).orElseThrow());
		return true;
	}

	/**
	 * After closing, in a transaction of its own (so the roll shares its transaction id with no
	 * other row): rewrites the roll of a closed vote in the order of the voters' ids, erasing the
	 * order in which batches of voters came. Does nothing if it is done already.
	 */
	@Transactional
	public boolean sortRoll(VoteId id) {
		VoteStatus status = votes.statusOf(id);
		return status.isFinished() && voters.sortClosedRoll(id);
	}

}
