package ru.vmeste.statistics.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.statistics.internal.AppealFigures;
import ru.vmeste.statistics.internal.Interval;
import ru.vmeste.statistics.internal.Metric;
import ru.vmeste.statistics.internal.OrganizationFigures;
import ru.vmeste.statistics.internal.RankingOrder;
import ru.vmeste.statistics.internal.Summaries;

/**
 * Public control in figures for programs: the summary, series and the organizations' ranking
 * (API.md, "Public control"). Every figure comes from the rollups; none scans the appeals.
 */
@RestController
@RequestMapping("/api/v1/statistics")
@Tag(name = "Statistics", description = "How the authorities answer residents, in figures")
class StatisticsApiController {

	private final Summaries summaries;

	private final AppealFigures appeals;

	private final OrganizationFigures organizations;

	private final DashboardDefaults defaults;

	StatisticsApiController(Summaries summaries, AppealFigures appeals, OrganizationFigures organizations,
			DashboardDefaults defaults) {
		this.summaries = summaries;
		this.appeals = appeals;
		this.organizations = organizations;
		this.defaults = defaults;
	}

	@GetMapping("/summary")
	@Operation(summary = "The public figures of the appeals submitted within the period (all time without one)",
			description = "resolvedShare counts appeals whose author confirmed the problem solved, over the published; "
					+ "outcomes splits the published into open, awaiting confirmation, confirmed solved, not confirmed "
					+ "and disputed. Shares are 0..1; visitors are daily unique visitors summed over the days.")
	StatisticsJson.Summary summary(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable UUID districtId,
			@RequestParam(required = false) @Nullable UUID topicGroupId) {
		return StatisticsJson.summary(summaries.summary(new AppealFigures.Filter(from, to, districtId, topicGroupId)));
	}

	@GetMapping("/organizations")
	@Operation(summary = "Every organization that received appeals within the period, with how it handled them",
			description = "sort: received, answered, answered-on-time, answered-within-legal, answer-days, rating, "
					+ "rerouted-away, reopened (best first); departments=true adds departments to their organization")
	List<StatisticsJson.OrganizationRow> organizations(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "received") String sort, @RequestParam(defaultValue = "false") boolean departments,
			Locale locale) {
		return organizations.ranking(from, to, departments, RankingOrder.of(sort))
			.stream()
			.map(row -> StatisticsJson.organization(row, locale))
			.toList();
	}

	@GetMapping("/series")
	@Operation(summary = "A figure per day, week or month",
			description = "metric: appeals (submitted), published, answered (answers given), resolved (closed confirmed "
					+ "solved), notConfirmed (closed without confirmation); the last year by month, 90 days by day or "
					+ "26 weeks by week unless from and to are given")
	List<AppealFigures.SeriesPoint> series(@RequestParam(defaultValue = "appeals") String metric,
			@RequestParam(defaultValue = "month") String interval,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable UUID districtId,
			@RequestParam(required = false) @Nullable UUID topicGroupId) {
		Interval unit = Interval.of(interval);
		return appeals.series(Metric.of(metric), unit, defaults.seriesFilter(unit, from, to, districtId, topicGroupId));
	}

	@GetMapping("/districts")
	@Operation(summary = "Published appeals per district within the period (the dashboard's map)")
	List<StatisticsJson.DistrictRow> districts(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable UUID topicGroupId) {
		return appeals.publishedByDistrict(new AppealFigures.Filter(from, to, null, topicGroupId))
			.entrySet()
			.stream()
			.map(entry -> new StatisticsJson.DistrictRow(entry.getKey(), entry.getValue()))
			.toList();
	}

}
