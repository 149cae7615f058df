package ru.vmeste.voting.internal;

/** Where a vote is in its life: DRAFT → SCHEDULED → OPEN → CLOSED → PUBLISHED. */
public enum VoteStatus {

	/** Being prepared; only staff see it. */
	DRAFT,
	/** Fixed and announced; opens at its opening time. */
	SCHEDULED,
	/** Ballots are accepted. */
	OPEN,
	/** Ballots are no longer accepted; the final head is signed and the result counted. */
	CLOSED,
	/** The result is officially announced. */
	PUBLISHED;

	public boolean isPublic() {
		return this != DRAFT;
	}

	public boolean isFinished() {
		return this == CLOSED || this == PUBLISHED;
	}

}
