package ru.vmeste.statistics;

import java.util.Map;

/**
 * Implemented by modules whose running totals the public summary shows beside the appeal
 * figures (objects, works, votes, ballots, ideas). Asked at most every
 * {@code vmeste.statistics.totals-refresh}, never per request.
 */
@FunctionalInterface
public interface PublicTotals {

	/** This module's totals; a module fills only its own. */
	Map<Total, Long> totals();

	/** A total of the summary ({@code GET /api/v1/statistics/summary}). */
	enum Total {

		/** Objects in the open registry. */
		OBJECTS,
		/** Works of every status. */
		WORKS,
		/** Votes closed or with published results. */
		VOTES_COMPLETED,
		/** Ballots cast in all votes. */
		BALLOTS,
		/** Published ideas of every kind. */
		IDEAS,
		/** Roads suggested as ideas. */
		ROADS_SUGGESTED

	}

}
