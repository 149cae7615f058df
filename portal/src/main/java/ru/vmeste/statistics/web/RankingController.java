package ru.vmeste.statistics.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.statistics.internal.OrganizationAnswers;
import ru.vmeste.statistics.internal.OrganizationFigures;
import ru.vmeste.statistics.internal.RankingOrder;

/**
 * The organizations' ranking (sortable by every column, organizations alone or with their
 * departments) and each organization's public page: its figures and its recent answers.
 */
@Controller
class RankingController {

	private final DashboardViews views;

	private final DashboardDefaults defaults;

	private final OrganizationFigures figures;

	private final OrganizationAnswers answers;

	private final Organizations organizations;

	RankingController(DashboardViews views, DashboardDefaults defaults, OrganizationFigures figures,
			OrganizationAnswers answers, Organizations organizations) {
		this.views = views;
		this.defaults = defaults;
		this.figures = figures;
		this.answers = answers;
		this.organizations = organizations;
	}

	@GetMapping("/dashboard/organizations")
	String ranking(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "received") String sort, @RequestParam(defaultValue = "false") boolean departments,
			Locale locale, Model model) {
		DashboardFilters filters = DashboardFilters.of(from, to, null, null, null, defaults.today());
		RankingOrder order = RankingOrder.of(sort);
		model.addAttribute("filters", filters);
		model.addAttribute("sort", order.code());
		model.addAttribute("departments", departments);
		model.addAttribute("orders", List.of(RankingOrder.values()));
		model.addAttribute("rows", views.ranking(filters.from(), filters.to(), departments, order, locale));
		model.addAttribute("csvQuery", "from=" + filters.from() + "&to=" + filters.to() + "&sort=" + order.code()
				+ "&departments=" + departments);
		return "statistics/ranking";
	}

	@GetMapping("/dashboard/organizations/{id}")
	String organization(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		Organization organization = organizations.find(new OrganizationId(id))
			.orElseThrow(() -> DomainException.notFound("statistics.organization.not-found"));
		DashboardFilters filters = DashboardFilters.of(from, to, null, null, null, defaults.today());
		model.addAttribute("filters", filters);
		model.addAttribute("organization", organization);
		model.addAttribute("name", organization.name().in(locale));
		model.addAttribute("parent", organization.parent() == null ? null
				: organizations.find(organization.parent()).orElse(null));
		model.addAttribute("departments", organizations.all()
			.stream()
			.filter(other -> organization.id().equals(other.parent()))
			.toList());
		model.addAttribute("figures", views.organization(figures.of(organization.id(), filters.from(), filters.to()), locale));
		model.addAttribute("answers", answers.recent(organization.id(), PageQuery.of(page, 10)));
		model.addAttribute("zone", defaults.zone());
		model.addAttribute("pagePath", "/dashboard/organizations/" + id + "?from=" + filters.from() + "&to=" + filters.to());
		return "statistics/organization";
	}

}
