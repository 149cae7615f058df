package ru.vmeste.statistics.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of the statistics: building the rollups again from the projection, e.g. after
 * appeals were loaded in bulk (the bench) or what a figure counts was changed.
 */
@Service
public class StatisticsMaintenance {

	private final RollupStore rollups;

	StatisticsMaintenance(RollupStore rollups) {
		this.rollups = rollups;
	}

	/**
	 * Builds every rollup again in one transaction; changes taken in meanwhile wait for it and
	 * then add their difference, so none is lost or counted twice.
	 */
	@Transactional
	public void rebuild() {
		rollups.rebuild();
	}

}
