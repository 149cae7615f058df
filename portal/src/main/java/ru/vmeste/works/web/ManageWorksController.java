package ru.vmeste.works.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.FilterChoice;
import ru.vmeste.shared.web.PartOf;
import ru.vmeste.works.Work;
import ru.vmeste.works.WorkId;
import ru.vmeste.works.WorkKind;
import ru.vmeste.works.WorkStatus;
import ru.vmeste.works.internal.WorkCustomers;
import ru.vmeste.works.DocumentKind;
import ru.vmeste.works.PhotoStage;
import ru.vmeste.works.internal.WorkPlaces;
import ru.vmeste.works.internal.WorkEditor;
import ru.vmeste.works.internal.WorkSearch;
import ru.vmeste.works.internal.WorkStore;

/**
 * The customers' workspace: the works of the official's organizations (low-rated ones marked),
 * a form to create and change them, status changes, documents and photos.
 */
@Controller
@PartOf(PortalService.FIND_OUT)
class ManageWorksController {

	/** Which form field a refusal of the domain belongs to, by the start of its message key. */
	private static final Map<String, String> FIELDS = Map.of("works.dates", "plannedEnd", "works.budget", "budget",
			"works.contract-amount", "contractAmount", "works.geometry", "geometry", "works.location", "geometry",
			"works.object", "objectIds", "works.title", "title", "works.external-ref", "number", "works.progress",
			"progress", "works.customer", "organizationId");

	private final WorkEditor editor;

	private final WorkSearch search;

	private final WorkStore works;

	private final WorkViews views;

	private final WorkCustomers customers;

	private final WorkPlaces places;

	ManageWorksController(WorkEditor editor, WorkSearch search, WorkStore works, WorkViews views, WorkCustomers customers,
			WorkPlaces places) {
		this.editor = editor;
		this.search = search;
		this.works = works;
		this.views = views;
		this.customers = customers;
		this.places = places;
	}

	@GetMapping("/manage/works")
	String list(@RequestParam(required = false) @Nullable WorkStatus status,
			@RequestParam(defaultValue = "false") boolean flagged, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal PortalUser official, Model model) {
		Set<OrganizationId> mine = customers.of(official.id()).stream().map(Organization::id).collect(Collectors.toSet());
		PageQuery query = PageQuery.of(page, 20);
		Paged<WorkViews.Summary> found = mine.isEmpty() ? Paged.of(List.of(), query, 0)
				: search.page(new WorkSearch.Filter(status, null, null, null, null, false, null, mine, flagged, null),
						WorkSearch.Order.UPDATED, query).map(views::summary);
		model.addAttribute("works", found);
		model.addAttribute("member", !mine.isEmpty());
		model.addAttribute("status", status);
		model.addAttribute("flagged", flagged);
		model.addAttribute("statuses", FilterChoice.of(WorkStatus.values(), "works.status."));
		model.addAttribute("pagePath", "/manage/works?flagged=" + flagged + (status == null ? "" : "&status=" + status));
		return "works/manage/list";
	}

	@GetMapping("/manage/works/new")
	String create(@AuthenticationPrincipal PortalUser official, Model model) {
		model.addAttribute("form", WorkForm.blank(views.today()));
		return form(official, model);
	}

	@PostMapping("/manage/works")
	String create(@Valid @ModelAttribute("form") WorkForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser official, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				OrganizationId customer = customers.customerFor(official.id(),
						form.organizationId() == null ? null : new OrganizationId(form.organizationId()));
				WorkId id = editor.create(form.draft(places), customer, official.id());
				redirect.addFlashAttribute("notice", "works.manage.created");
				return "redirect:/manage/works/" + id;
			}
			catch (DomainException ex) {
				reject(errors, ex);
			}
		}
		return form(official, model);
	}

	@GetMapping("/manage/works/{id}")
	String work(@PathVariable UUID id, @AuthenticationPrincipal PortalUser official, Model model, Locale locale) {
		Work work = editable(id, official);
		if (!model.containsAttribute("form")) {
			WorkViews.Details details = views.details(work, locale);
			model.addAttribute("form", WorkForm.of(work, details.geometry() == null ? "" : details.geometry().toString()));
		}
		return page(work, official, model, locale);
	}

	@PostMapping("/manage/works/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") WorkForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser official, Model model, Locale locale, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				editor.update(new WorkId(id), form.draft(places), official.id());
				redirect.addFlashAttribute("notice", "works.manage.saved");
				return "redirect:/manage/works/" + id;
			}
			catch (DomainException ex) {
				reject(errors, ex);
			}
		}
		return page(editable(id, official), official, model, locale);
	}

	@PostMapping("/manage/works/{id}/status")
	String status(@PathVariable UUID id, @Valid @ModelAttribute("statusForm") StatusRequest request,
			BindingResult errors, @AuthenticationPrincipal PortalUser official, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				editor.changeStatus(new WorkId(id), request.change(), official.id());
				redirect.addFlashAttribute("notice", "works.manage.status-changed");
				return "redirect:/manage/works/" + id;
			}
			catch (DomainException ex) {
				errors.reject(ex.messageCode(), ex.arguments(), ex.messageCode());
			}
		}
		Work work = editable(id, official);
		model.addAttribute("form", WorkForm.of(work, ""));
		return page(work, official, model, locale);
	}

	private String page(Work work, PortalUser official, Model model, Locale locale) {
		model.addAttribute("work", views.details(work, locale));
		model.addAttribute("nextStatuses", work.status().next());
		if (!model.containsAttribute("statusForm")) {
			model.addAttribute("statusForm", new StatusRequest(null, "", null));
		}
		model.addAttribute("documentKinds", DocumentKind.values());
		model.addAttribute("photoStages", PhotoStage.values());
		model.addAttribute("today", views.today());
		return form(official, model);
	}

	private String form(PortalUser official, Model model) {
		model.addAttribute("organizations", customers.of(official.id()));
		model.addAttribute("kinds", WorkKind.values());
		model.addAttribute("programs", search.programs());
		return "works/manage/work";
	}

	private Work editable(UUID id, PortalUser official) {
		Work work = works.find(new WorkId(id)).orElseThrow(() -> DomainException.notFound("works.work.not-found"));
		if (!customers.isMember(official.id(), work.customer())) {
			throw DomainException.forbidden("works.customer.not-member");
		}
		return work;
	}

	private static void reject(BindingResult errors, DomainException ex) {
		FIELDS.entrySet()
			.stream()
			.filter(entry -> ex.messageCode().startsWith(entry.getKey()))
			.findFirst()
			.ifPresentOrElse(
					entry -> errors.rejectValue(entry.getValue(), ex.messageCode(), ex.arguments(), ex.messageCode()),
					() -> errors.reject(ex.messageCode(), ex.arguments(), ex.messageCode()));
	}

}
