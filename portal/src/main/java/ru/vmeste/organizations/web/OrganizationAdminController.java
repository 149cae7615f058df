package ru.vmeste.organizations.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.vmeste.identity.Residents;
import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.MemberRole;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.OrganizationKind;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.organizations.internal.OrganizationAdministration;
import ru.vmeste.platform.web.Uploads;
import ru.vmeste.shared.DomainException;
import ru.vmeste.territory.Territory;

/**
 * Administrators keep the tree of organizations, their contacts and their officials.
 */
@Controller
class OrganizationAdminController {

	/** An organization with its depth in the tree, for an indented list. */
	record TreeRow(Organization organization, int depth, int members) {
	}

	/** A member with the name to show. */
	record MemberRow(UserId id, String name, String email, MemberRole role) {
	}

	private final Organizations organizations;

	private final OrganizationAdministration administration;

	private final Territory territory;

	private final Residents residents;

	OrganizationAdminController(Organizations organizations, OrganizationAdministration administration,
			Territory territory, Residents residents) {
		this.organizations = organizations;
		this.administration = administration;
		this.territory = territory;
		this.residents = residents;
	}

	@GetMapping("/admin/organizations")
	String tree(Model model) {
		model.addAttribute("rows", tree());
		Map<OrganizationId, Integer> officials = organizations.officialCounts();
		model.addAttribute("withoutOfficials", organizations.all()
			.stream()
			.filter(organization -> officials.getOrDefault(organization.id(), 0) == 0)
			.sorted(Comparator.comparing(organization -> organization.name().ru()))
			.toList());
		return "organizations/list";
	}

	@GetMapping("/admin/organizations/new")
	String newOrganization(Model model, Locale locale) {
		model.addAttribute("organization", OrganizationForm.empty());
		return form(null, model, locale);
	}

	@PostMapping("/admin/organizations/new")
	String create(@Valid @ModelAttribute("organization") OrganizationForm form, BindingResult errors, Model model,
			Locale locale, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				OrganizationId id = administration.create(form.toOrganization(new OrganizationId(UUID.randomUUID())));
				redirect.addFlashAttribute("notice", "organizations.saved");
				return "redirect:/admin/organizations/" + id;
			}
			catch (DomainException ex) {
				errors.reject(ex.messageCode(), ex.arguments(), ex.messageCode());
			}
		}
		return form(null, model, locale);
	}

	@GetMapping("/admin/organizations/{id}")
	String edit(@PathVariable UUID id, Model model, Locale locale) {
		Organization organization = find(id);
		model.addAttribute("organization", OrganizationForm.of(organization));
		return form(organization, model, locale);
	}

	@PostMapping("/admin/organizations/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("organization") OrganizationForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		Organization existing = find(id);
		if (!errors.hasErrors()) {
			try {
				administration.update(form.toOrganization(existing.id()));
				redirect.addFlashAttribute("notice", "organizations.saved");
				return "redirect:/admin/organizations/" + id;
			}
			catch (DomainException ex) {
				errors.reject(ex.messageCode(), ex.arguments(), ex.messageCode());
			}
		}
		return form(existing, model, locale);
	}

	@PostMapping("/admin/organizations/{id}/members")
	String addMember(@PathVariable UUID id, @RequestParam String email, @RequestParam MemberRole role,
			RedirectAttributes redirect) {
		try {
			administration.addMember(find(id).id(), email, role);
			redirect.addFlashAttribute("notice", "organizations.member-added");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("memberError", ex);
		}
		return "redirect:/admin/organizations/" + id;
	}

	@PostMapping("/admin/organizations/{id}/members/{user}/remove")
	String removeMember(@PathVariable UUID id, @PathVariable UUID user, RedirectAttributes redirect) {
		administration.removeMember(find(id).id(), new UserId(user));
		redirect.addFlashAttribute("notice", "organizations.member-removed");
		return "redirect:/admin/organizations/" + id;
	}

	@GetMapping("/admin/organizations/import")
	String importForm() {
		return "organizations/import";
	}

	@PostMapping("/admin/organizations/import")
	String importFile(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean apply,
			Model model) {
		model.addAttribute("report", administration.importCsv(Uploads.read(file).bytes(), !apply));
		return "organizations/import";
	}

	private String form(Organization organization, Model model, Locale locale) {
		model.addAttribute("existing", organization);
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("parents", possibleParents(tree(), organization));
		model.addAttribute("districts", territory.districts());
		model.addAttribute("roles", MemberRole.values());
		model.addAttribute("members", organization == null ? List.of() : organizations.membersOf(organization.id())
			.stream()
			.flatMap(member -> residents.contactOf(member.official())
				.map(contact -> new MemberRow(member.official(), contact.name(), contact.email(), member.role()))
				.stream())
			.toList());
		return "organizations/form";
	}

	private Organization find(UUID id) {
		return organizations.find(new OrganizationId(id))
			.orElseThrow(() -> DomainException.notFound("organizations.not-found"));
	}

	/** The rows an organization may hang under: neither itself nor any organization below it (no cycles). */
	private static List<TreeRow> possibleParents(List<TreeRow> rows, @Nullable Organization organization) {
		if (organization == null) {
			return rows;
		}
		List<TreeRow> parents = new ArrayList<>();
		int subtree = -1;
		for (TreeRow row : rows) {
			if (subtree >= 0 && row.depth() > subtree) {
				continue;
			}
			subtree = -1;
			if (row.organization().id().equals(organization.id())) {
				subtree = row.depth();
				continue;
			}
			parents.add(row);
		}
		return parents;
	}

	/** Organizations in tree order: every parent followed by its children, by name. */
	private List<TreeRow> tree() {
		List<Organization> all = organizations.all();
		Map<OrganizationId, Integer> members = administration.memberCounts();
		Map<OrganizationId, List<Organization>> children = all.stream()
			.filter(organization -> organization.parent() != null)
			.collect(Collectors.groupingBy(Organization::parent));
		List<TreeRow> rows = new ArrayList<>();
		all.stream()
			.filter(organization -> organization.parent() == null || all.stream().noneMatch(o -> o.id().equals(organization.parent())))
			.sorted(Comparator.comparing(organization -> organization.name().ru()))
			.forEach(root -> append(root, 0, children, members, rows));
		return rows;
	}

	private static void append(Organization organization, int depth, Map<OrganizationId, List<Organization>> children,
			Map<OrganizationId, Integer> members, List<TreeRow> rows) {
		rows.add(new TreeRow(organization, depth, members.getOrDefault(organization.id(), 0)));
		children.getOrDefault(organization.id(), List.of())
			.stream()
			.sorted(Comparator.comparing(child -> child.name().ru()))
			.forEach(child -> append(child, depth + 1, children, members, rows));
	}

}
