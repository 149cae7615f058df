package ru.vmeste.statistics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.statistics.internal.StatisticsMaintenance;

/**
 * Administration of the statistics (ADMIN).
 */
@RestController
@Tag(name = "Statistics")
class StatisticsAdminApiController {

	private final StatisticsMaintenance maintenance;

	StatisticsAdminApiController(StatisticsMaintenance maintenance) {
		this.maintenance = maintenance;
	}

	@PostMapping("/api/v1/admin/statistics/rebuild")
	@Operation(summary = "Build every rollup again from the statistics' projection (e.g. after a bulk load)")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void rebuild() {
		maintenance.rebuild();
	}

}
