package ru.vmeste.reports;

/**
 * How a closed appeal ended, as honestly as the portal knows it.
 */
public enum AppealOutcome {

	/** The author confirmed that the problem is solved. */
	SOLVED,
	/** The author said it is not solved, and no reopening was left. */
	NOT_SOLVED,
	/** The author did not reply within the confirmation period after the answer. */
	NOT_CONFIRMED

}
