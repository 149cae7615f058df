package ru.vmeste.voting.internal;

/** How the ballots become a result. */
public enum Counting {

	/** Votes per option; the most votes win. */
	TOTALS,
	/**
	 * Participatory budget: projects in order of votes (ties: cheaper first, then listed
	 * first) are funded while the money lasts; a project that no longer fits is skipped.
	 */
	GREEDY,
	/**
	 * Participatory budget by the Method of Equal Shares: the budget is split equally among
	 * the voters, each project is paid for by its supporters, the one that costs its
	 * supporters least per head first; money left over funds further projects greedily.
	 */
	EQUAL_SHARES

}
