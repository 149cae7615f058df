package ru.vmeste.ideas;

/** What an expert decides about an idea. */
public enum ReviewDecision {

	/** It can be done; the expert estimates its cost. */
	FEASIBLE,
	/** It cannot be done; the public note says why. */
	NOT_FEASIBLE

}
