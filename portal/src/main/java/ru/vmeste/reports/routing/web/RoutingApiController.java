package ru.vmeste.reports.routing.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.reports.RoutingStatistics;
import ru.vmeste.reports.RoutingStatistics.RuleCount;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;

/**
 * How well routing works, in public: per rule and per organization, the appeals sent there and
 * how many officials had to send on.
 */
@RestController
@RequestMapping("/api/v1/routing/misrouting")
@PartOf(PortalService.INFORM)
@Tag(name = "Inform", description = "Problem reports (appeals)")
class RoutingApiController {

	private final RoutingStatistics statistics;

	RoutingApiController(RoutingStatistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping("/rules")
	@Operation(summary = "Routing rules by the appeals they misrouted, most first")
	Paged<RuleCount> byRule(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return statistics.byRule(PageQuery.of(page, size));
	}

	@GetMapping("/organizations")
	@Operation(summary = "Organizations by the appeals they received and had to send on, most first")
	Paged<OrganizationMisrouting> byOrganization(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return statistics.byOrganization(PageQuery.of(page, size))
			.map(count -> new OrganizationMisrouting(count.organization().value(), count.routed(), count.misrouted()));
	}

	/** An organization's figures with its id as a plain UUID, as every id of the API. */
	record OrganizationMisrouting(UUID organization, long routed, long misrouted) {
	}

}
