package ru.vmeste.voting.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.voting.VoteId;

/**
 * The public side of votes: what is open, coming or finished. Drafts stay with staff.
 */
@Service
@Transactional(readOnly = true)
public class VoteCatalog {

	/** The public lists of votes, each in the order residents need it. */
	public enum Phase {

		/** Open now, the soonest to close first. */
		OPEN(List.of(VoteStatus.OPEN), "v.closes_at, v.id"),
		/** Announced, the soonest to open first. */
		UPCOMING(List.of(VoteStatus.SCHEDULED), "v.opens_at, v.id"),
		/** Closed or published, the latest to close first. */
		FINISHED(List.of(VoteStatus.CLOSED, VoteStatus.PUBLISHED), "v.closes_at desc, v.id"),
		/** Every public vote, the latest to close first. */
		ALL(List.of(VoteStatus.SCHEDULED, VoteStatus.OPEN, VoteStatus.CLOSED, VoteStatus.PUBLISHED), "v.closes_at desc, v.id");

		private final List<VoteStatus> statuses;

		private final String order;

		Phase(List<VoteStatus> statuses, String order) {
			this.statuses = statuses;
			this.order = order;
		}

	}

	private final VoteStore votes;

	VoteCatalog(VoteStore votes) {
		this.votes = votes;
	}

	public Paged<VoteSummary> page(Phase phase, PageQuery page) {
		return votes.page(phase.statuses, phase.order, page);
	}

	/** A vote the public may see (not a draft). */
	public Optional<Vote> find(VoteId id) {
		return votes.find(id).filter(vote -> vote.status().isPublic());
	}

	public long countOpen() {
		return votes.countOpen();
	}

	public long countBallots() {
		return votes.countBallots();
	}

}
