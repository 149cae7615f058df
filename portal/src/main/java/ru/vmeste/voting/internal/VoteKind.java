package ru.vmeste.voting.internal;

/** What a vote asks. */
public enum VoteKind {

	/** Pick exactly one option. */
	SINGLE_CHOICE,
	/** Pick up to a number of options. */
	MULTIPLE_CHOICE,
	/** Participatory budget: pick projects that each have a cost. */
	BUDGET

}
