package ru.vmeste.statistics.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import ru.vmeste.platform.web.PublicPages;

import ru.vmeste.shared.web.FilterChoice;
import ru.vmeste.statistics.internal.Interval;
import ru.vmeste.statistics.internal.Summaries;
import ru.vmeste.statistics.internal.Summary;

/**
 * The public dashboard: how the authorities answer, for a period, a district and a topic group —
 * the summary with the honest outcomes of the appeals, appeals over time, appeals by district on
 * a map; every chart drawn from a table on the page, which is also a CSV download.
 */
@Controller
class DashboardController {

	private final Summaries summaries;

	private final DashboardViews views;

	private final DashboardDefaults defaults;

	private final PublicPages pages;

	DashboardController(Summaries summaries, DashboardViews views, DashboardDefaults defaults, PublicPages pages) {
		this.summaries = summaries;
		this.views = views;
		this.defaults = defaults;
		this.pages = pages;
	}

	/**
	 * The dashboard; anonymous visitors get it from {@link PublicPages}, kept under its filter and
	 * the summary it shows (the figures cache keeps one for {@code figures-fresh-for}), so it is
	 * never older than its figures.
	 */
	@GetMapping("/dashboard")
	ModelAndView dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable UUID districtId,
			@RequestParam(required = false) @Nullable UUID topicGroupId,
			@RequestParam(required = false) @Nullable String interval, Locale locale, Model model,
			HttpServletRequest request) {
		DashboardFilters filters = DashboardFilters.of(from, to, districtId, topicGroupId, interval, defaults.today());
		Summary summary = summaries.summary(filters.filter());
		return pages.view("dashboard", List.of(filters.query(), summary), request,
				() -> page(filters, summary, locale, model));
	}

	private String page(DashboardFilters filters, Summary summary, Locale locale, Model model) {
		model.addAttribute("filters", filters);
		model.addAttribute("query", filters.query());
		model.addAttribute("summary", summary);
		model.addAttribute("appeals", summary.appeals());
		model.addAttribute("outcomes", views.outcomes(summary.appeals()));
		model.addAttribute("timeline", views.timeline(filters));
		model.addAttribute("districts", views.districts(filters, locale));
		model.addAttribute("districtChoices", views.districtChoices(locale));
		model.addAttribute("topicGroupChoices", views.topicGroupChoices(locale));
		model.addAttribute("intervalChoices", FilterChoice.of(Interval.values(), "statistics.interval."));
		model.addAttribute("intervalValue", filters.interval().name());
		return "statistics/dashboard";
	}

}
