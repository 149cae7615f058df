package ru.vmeste.voting.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import ru.vmeste.shared.PageQuery;
import ru.vmeste.statistics.PublicTotals;

/**
 * Votes finished and ballots cast, for the public summary of the statistics.
 */
@Component
class VoteTotals implements PublicTotals {

	private final VoteCatalog catalog;

	VoteTotals(VoteCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public Map<Total, Long> totals() {
		return Map.of(Total.VOTES_COMPLETED, catalog.page(VoteCatalog.Phase.FINISHED, new PageQuery(0, 1)).total(),
				Total.BALLOTS, catalog.countBallots());
	}

}
