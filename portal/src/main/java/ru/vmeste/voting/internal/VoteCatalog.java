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

	/** The public lists of votes. */
	public enum Phase {

		OPEN(List.of(VoteStatus.OPEN)), UPCOMING(List.of(VoteStatus.SCHEDULED)),
		FINISHED(List.of(VoteStatus.CLOSED, VoteStatus.PUBLISHED)), ALL(List.of(VoteStatus.SCHEDULED,
				VoteStatus.OPEN, VoteStatus.CLOSED, VoteStatus.PUBLISHED));

		private final List<VoteStatus> statuses;

		Phase(List<VoteStatus> statuses) {
			this.statuses = statuses;
		}

	}

	private final VoteStore votes;

	VoteCatalog(VoteStore votes) {
		this.votes = votes;
	}

	public Paged<VoteSummary> page(Phase phase, PageQuery page) {
		return votes.page(phase.statuses, page);
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
