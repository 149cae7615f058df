package ru.vmeste.voting.internal;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.voting.VoteId;
import ru.vmeste.voting.internal.ledger.Ledger;

/**
 * Moves votes through time: opens them (with an empty ledger and its first signed head),
 * signs their heads while open, and closes them (final signed head, counted result), each in
 * one transaction under the ledger's lock so no ballot slips in between.
 */
@Service
class VoteLifecycle {

	private final VoteStore votes;

	private final Ledger ledger;

	private final Results results;

	VoteLifecycle(VoteStore votes, Ledger ledger, Results results) {
		this.votes = votes;
		this.ledger = ledger;
		this.results = results;
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

	@Transactional
	public boolean close(VoteId id, Instant now) {
		ledger.lock(id.value());
		if (!votes.transition(id, VoteStatus.OPEN, VoteStatus.CLOSED, now, null)) {
			return false;
		}
		ledger.close(id.value());
		ledger.signHead(id.value(), now, true);
		results.fix(votes.find(id).orElseThrow());
		return true;
	}

}
