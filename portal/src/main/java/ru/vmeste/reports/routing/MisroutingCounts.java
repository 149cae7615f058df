package ru.vmeste.reports.routing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.reports.RoutingStatistics;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * Counts, per rule and per organization, the appeals routed there and those officials had to send on.
 */
@Service
@Transactional(readOnly = true)
class MisroutingCounts implements RoutingStatistics {

	private final DecisionStore decisions;

	MisroutingCounts(DecisionStore decisions) {
		this.decisions = decisions;
	}

	@Override
	public Paged<RuleCount> byRule(PageQuery page) {
		return decisions.countsByRule(page);
	}

	@Override
	public Paged<OrganizationCount> byOrganization(PageQuery page) {
		return decisions.countsByOrganization(page);
	}

}
