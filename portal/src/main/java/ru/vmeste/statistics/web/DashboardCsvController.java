package ru.vmeste.statistics.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ru.vmeste.statistics.internal.RankingOrder;
import ru.vmeste.statistics.internal.Summaries;

/**
 * The dashboard's tables as CSV (RFC 4180, UTF-8, a header line), with exactly the numbers the
 * page shows for the same filters; shares as percentages with one decimal, as on the page.
 */
@Controller
class DashboardCsvController {

	private final DashboardViews views;

	private final Summaries summaries;

	private final DashboardDefaults defaults;

	private final MessageSource messages;

	DashboardCsvController(DashboardViews views, Summaries summaries, DashboardDefaults defaults, MessageSource messages) {
		this.views = views;
		this.summaries = summaries;
		this.defaults = defaults;
		this.messages = messages;
	}

	@GetMapping("/dashboard/timeline.csv")
	void timeline(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable UUID districtId, @RequestParam(required = false) @Nullable UUID topicGroupId,
			@RequestParam(required = false) @Nullable String interval, HttpServletResponse response) throws IOException {
		DashboardFilters filters = DashboardFilters.of(from, to, districtId, topicGroupId, interval, defaults.today());
		List<List<Object>> rows = new ArrayList<>();
		views.timeline(filters).forEach(row -> rows.add(List.of(row.label(), row.start(), row.appeals(), row.published(),
				row.answered(), row.resolved(), row.notConfirmed())));
		write(response, "timeline", List.of("period", "start", "appeals", "published", "answered", "resolved",
				"not_confirmed"), rows);
	}

	@GetMapping("/dashboard/outcomes.csv")
	void outcomes(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable UUID districtId, @RequestParam(required = false) @Nullable UUID topicGroupId,
			Locale locale, HttpServletResponse response) throws IOException {
		DashboardFilters filters = DashboardFilters.of(from, to, districtId, topicGroupId, null, defaults.today());
		List<List<Object>> rows = new ArrayList<>();
		views.outcomes(summaries.summary(filters.filter()).appeals())
			.forEach(row -> rows.add(List.of(row.key(),
					messages.getMessage("statistics.outcome." + row.key(), null, locale), row.appeals(), row.percent())));
		write(response, "outcomes", List.of("outcome", "name", "appeals", "percent"), rows);
	}

	@GetMapping("/dashboard/districts.csv")
	void districts(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable UUID topicGroupId, Locale locale, HttpServletResponse response)
			throws IOException {
		DashboardFilters filters = DashboardFilters.of(from, to, null, topicGroupId, null, defaults.today());
		List<List<Object>> rows = new ArrayList<>();
		views.districts(filters, locale)
			.forEach(row -> rows.add(List.of(row.id(), row.name(), row.published(), row.percent())));
		write(response, "districts", List.of("district_id", "district", "published", "percent"), rows);
	}

	@GetMapping("/dashboard/organizations.csv")
	void organizations(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "received") String sort, @RequestParam(defaultValue = "false") boolean departments,
			Locale locale, HttpServletResponse response) throws IOException {
		List<List<Object>> rows = new ArrayList<>();
		views.ranking(from, to, departments, RankingOrder.of(sort), locale)
			.forEach(row -> rows.add(java.util.Arrays.asList(row.id(), row.name(), row.appeals(), row.answered(),
					row.answeredOnTimePercent(), row.answeredWithinLegalPercent(), row.averageAnswerWorkingDays(),
					row.averageRating(), row.reroutedAwayPercent(), row.reopenedPercent(), row.open(), row.overdue())));
		write(response, "organizations", List.of("organization_id", "organization", "appeals", "answered",
				"answered_on_time_percent", "answered_within_legal_percent", "average_answer_working_days",
				"average_rating", "rerouted_away_percent", "reopened_percent", "open", "overdue"), rows);
	}

	private static void write(HttpServletResponse response, String name, List<String> header,
			List<List<Object>> rows) throws IOException {
		response.setContentType("text/csv; charset=UTF-8; header=present");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
			for (List<Object> row : rows) {
				csv.printRecord(row);
			}
		}
	}

}
