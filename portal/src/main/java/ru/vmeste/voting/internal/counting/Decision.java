package ru.vmeste.voting.internal.counting;

/** What the counting rule decided about an option, in the words of the results page. */
public enum Decision {

	/** Has the most votes (simple votes). */
	MOST_VOTES,
	/** Fewer votes than the leader (simple votes). */
	FEWER_VOTES,
	/** Funded: it fitted into what was left of the budget (greedy). */
	FUNDED,
	/** Funded by its supporters' equal shares (Equal Shares). */
	FUNDED_BY_EQUAL_SHARES,
	/** Funded from money Equal Shares left over, greedily by votes. */
	FUNDED_FROM_LEFTOVER,
	/** Not funded: it cost more than was left. */
	NOT_ENOUGH_MONEY,
	/** Not funded: nobody voted for it. */
	NO_VOTES

}
