package ru.vmeste.reports.routing.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.reports.TopicId;
import ru.vmeste.reports.Topics;
import ru.vmeste.reports.routing.RoutingRule;
import ru.vmeste.reports.routing.RuleAdministration;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.territory.Territory;

/**
 * Administrators keep the responsibility rules: a filtered, paged list with each rule's
 * misrouting count, a form per rule, switching rules off and on.
 */
@Controller
class RoutingAdminController {

	private final RuleAdministration administration;

	private final RuleRows rows;

	private final Topics topics;

	private final Territory territory;

	private final Organizations organizations;

	RoutingAdminController(RuleAdministration administration, RuleRows rows, Topics topics, Territory territory,
			Organizations organizations) {
		this.administration = administration;
		this.rows = rows;
		this.topics = topics;
		this.territory = territory;
		this.organizations = organizations;
	}

	/** The choices every routing page offers. */
	@ModelAttribute
	void choices(Model model, Locale locale) {
		model.addAttribute("topics", topics.all());
		model.addAttribute("districts", territory.districts());
		model.addAttribute("organizations", organizations.all()
			.stream()
			.sorted(Comparator.comparing(organization -> organization.name().in(locale)))
			.toList());
		model.addAttribute("kinds", RoutingRule.Kind.values());
		model.addAttribute("objectTypes", rows.objectTypes(locale));
	}

	@GetMapping("/admin/routing")
	String rules(@RequestParam(required = false) @Nullable UUID topicId,
			@RequestParam(required = false) @Nullable UUID districtId,
			@RequestParam(required = false) @Nullable UUID organizationId,
			@RequestParam(defaultValue = "false") boolean inactive, @RequestParam(defaultValue = "0") int page,
			Model model, Locale locale) {
		Paged<RoutingRule> rules = administration.page(new RuleAdministration.Filter(
				topicId == null ? null : new TopicId(topicId), districtId == null ? null : new DistrictId(districtId),
				organizationId == null ? null : new OrganizationId(organizationId), inactive), PageQuery.of(page, 50));
		var misrouted = administration.misrouted(rules.items().stream().map(RoutingRule::id).toList());
		RuleRows.Names names = rows.names(locale);
		model.addAttribute("rules", new Paged<>(rows.rows(rules.items(), misrouted, names, locale),
				rules.page(), rules.size(), rules.total()));
		model.addAttribute("deadRules", rows.rows(administration.dead(), Map.of(), names, locale));
		model.addAttribute("topicId", topicId);
		model.addAttribute("districtId", districtId);
		model.addAttribute("organizationId", organizationId);
		model.addAttribute("inactive", inactive);
		String query = UriComponentsBuilder.newInstance()
			.queryParamIfPresent("topicId", Optional.ofNullable(topicId))
			.queryParamIfPresent("districtId", Optional.ofNullable(districtId))
			.queryParamIfPresent("organizationId", Optional.ofNullable(organizationId))
			.queryParamIfPresent("inactive", Optional.of(inactive).filter(Boolean::booleanValue))
			.build()
			.getQuery();
		model.addAttribute("pagePath", "/admin/routing" + (query == null ? "" : "?" + query));
		return "reports/admin/routing";
	}

	@GetMapping("/admin/routing/new")
	String newRule(@RequestParam(defaultValue = "AREA") RoutingRule.Kind kind, Model model) {
		RuleForm empty = RuleForm.empty();
		model.addAttribute("rule", new RuleForm(kind, null, null, null, "", empty.radius(), true));
		model.addAttribute("ruleId", null);
		return "reports/admin/routing-rule";
	}

	@PostMapping("/admin/routing/new")
	String create(@ModelAttribute("rule") RuleForm form, Model model, RedirectAttributes redirect) {
		try {
			UUID id = administration.create(form.toRule(UUID.randomUUID()));
			redirect.addFlashAttribute("notice", "reports.admin.saved");
			return "redirect:/admin/routing/" + id;
		}
		catch (DomainException ex) {
			model.addAttribute("problem", ex);
			model.addAttribute("ruleId", null);
			return "reports/admin/routing-rule";
		}
	}

	@GetMapping("/admin/routing/{id}")
	String rule(@PathVariable UUID id, Model model) {
		model.addAttribute("rule", RuleForm.of(administration.find(id)));
		model.addAttribute("ruleId", id);
		model.addAttribute("misrouted", administration.misrouted(List.of(id)).getOrDefault(id, 0L));
		return "reports/admin/routing-rule";
	}

	@PostMapping("/admin/routing/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("rule") RuleForm form, Model model,
			RedirectAttributes redirect) {
		try {
			administration.update(form.toRule(id));
			redirect.addFlashAttribute("notice", "reports.admin.saved");
			return "redirect:/admin/routing/" + id;
		}
		catch (DomainException ex) {
			model.addAttribute("problem", ex);
			model.addAttribute("ruleId", id);
			return "reports/admin/routing-rule";
		}
	}

}
