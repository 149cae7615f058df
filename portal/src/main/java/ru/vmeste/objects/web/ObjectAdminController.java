package ru.vmeste.objects.web;

import java.util.Comparator;
import java.util.Locale;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

import ru.vmeste.identity.PortalUser;
import ru.vmeste.objects.CityObject;
import ru.vmeste.objects.ObjectId;
import ru.vmeste.objects.ObjectStatus;
import ru.vmeste.objects.ObjectType;
import ru.vmeste.objects.ObjectTypeId;
import ru.vmeste.objects.internal.ObjectEditor;
import ru.vmeste.objects.internal.ObjectFilter;
import ru.vmeste.objects.internal.ObjectPhotos;
import ru.vmeste.objects.internal.ObjectProblem;
import ru.vmeste.objects.internal.ObjectRegistry;
import ru.vmeste.objects.internal.ObjectTypeCatalog;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.platform.web.Uploads;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;

/**
 * Administrators find, add and change objects one by one and manage their photos.
 */
@Controller
@PartOf(PortalService.OPEN_DATA)
class ObjectAdminController {

	private final ObjectTypeCatalog types;

	private final ObjectRegistry registry;

	private final ObjectEditor editor;

	private final ObjectPhotos photos;

	private final Organizations organizations;

	private final JsonMapper json;

	ObjectAdminController(ObjectTypeCatalog types, ObjectRegistry registry, ObjectEditor editor, ObjectPhotos photos,
			Organizations organizations, JsonMapper json) {
		this.types = types;
		this.registry = registry;
		this.editor = editor;
		this.photos = photos;
		this.organizations = organizations;
		this.json = json;
	}

	@GetMapping("/admin/objects")
	String list(@RequestParam(required = false) @Nullable UUID type, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		ObjectTypeId typeId = type == null ? null : types.find(new ObjectTypeId(type)).map(ObjectType::id).orElse(null);
		String query = q == null || q.strip().length() < ObjectFilter.MIN_QUERY ? null : q;
		model.addAttribute("types", types.all());
		model.addAttribute("typeNames",
				types.all().stream().collect(Collectors.toMap(ObjectType::id, t -> t.name().in(locale))));
		model.addAttribute("selectedType", typeId == null ? "" : typeId.toString());
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("objects", registry.list(new ObjectFilter(typeId, null, query), PageQuery.of(page, 50)));
		return "objects/admin/objects";
	}

	@GetMapping("/admin/objects/new")
	String create(@RequestParam UUID type, Model model, Locale locale) {
		return form(ObjectForm.empty(), types.get(new ObjectTypeId(type)), null, model, locale);
	}

	@PostMapping("/admin/objects/new")
	String saveNew(@RequestParam UUID type, @ModelAttribute("form") ObjectForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser admin, Model model, Locale locale, RedirectAttributes redirect) {
		ObjectType objectType = types.get(new ObjectTypeId(type));
		ObjectEditor.Outcome outcome = editor.create(objectType, form.toRaw(json), admin.id());
		return outcome(outcome, form, errors, objectType, null, model, locale, redirect);
	}

	@GetMapping("/admin/objects/{id}")
	String edit(@PathVariable UUID id, Model model, Locale locale) {
		CityObject object = find(id);
		return form(ObjectForm.of(object, organizations), types.get(object.type()), object, model, locale);
	}

	@PostMapping("/admin/objects/{id}")
	String saveExisting(@PathVariable UUID id, @ModelAttribute("form") ObjectForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser admin, Model model, Locale locale, RedirectAttributes redirect) {
		CityObject object = find(id);
		ObjectEditor.Outcome outcome = editor.update(object.id(), form.toRaw(json), admin.id());
		return outcome(outcome, form, errors, types.get(object.type()), object, model, locale, redirect);
	}

	@PostMapping("/admin/objects/{id}/photos")
	String addPhoto(@PathVariable UUID id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
		photos.add(find(id).id(), Uploads.read(file).bytes());
		redirect.addFlashAttribute("notice", "objects.photo.added");
		return "redirect:/admin/objects/" + id;
	}

	@PostMapping("/admin/objects/{id}/photos/{photo}/delete")
	String removePhoto(@PathVariable UUID id, @PathVariable UUID photo, RedirectAttributes redirect) {
		photos.remove(find(id).id(), photo);
		redirect.addFlashAttribute("notice", "objects.photo.removed");
		return "redirect:/admin/objects/" + id;
	}

	private String outcome(ObjectEditor.Outcome outcome, ObjectForm form, BindingResult errors, ObjectType type,
			@Nullable CityObject object, Model model, Locale locale, RedirectAttributes redirect) {
		if (outcome.id() != null) {
			redirect.addFlashAttribute("notice", "objects.object.saved");
			return "redirect:/admin/objects/" + outcome.id();
		}
		for (ObjectProblem problem : outcome.problems()) {
			String field = switch (problem.field()) {
				case "name", "nameEn", "address", "externalId", "owner", "status", "geometry" -> problem.field();
				default -> "attributes[" + problem.field() + "]";
			};
			errors.rejectValue(field, problem.code(), problem.argumentArray(), problem.code());
		}
		return form(form, type, object, model, locale);
	}

	private String form(ObjectForm form, ObjectType type, @Nullable CityObject object, Model model, Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("type", type);
		model.addAttribute("object", object);
		model.addAttribute("owners", organizations.all()
			.stream()
			.sorted(Comparator.comparing((Organization organization) -> organization.name().in(locale)))
			.toList());
		model.addAttribute("photos", object == null ? List.of() : photos.of(object.id()));
		model.addAttribute("statuses", ObjectStatus.values());
		return "objects/admin/object-form";
	}

	private CityObject find(UUID id) {
		return registry.find(new ObjectId(id)).orElseThrow(() -> DomainException.notFound("objects.object.not-found"));
	}

}
