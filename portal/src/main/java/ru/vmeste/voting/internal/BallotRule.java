package ru.vmeste.voting.internal;

/** Which ballots are valid. */
public enum BallotRule {

	/** Exactly one option. */
	ONE,
	/** At least one and at most {@code maxChoices} options (approval up to N). */
	UP_TO,
	/** At least one project, the projects' costs adding up to at most the budget (knapsack). */
	WITHIN_BUDGET

}
