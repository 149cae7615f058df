package ru.vmeste.objects.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.vmeste.objects.AttributeType;
import ru.vmeste.objects.GeometryKind;
import ru.vmeste.objects.ObjectType;
import ru.vmeste.objects.ObjectTypeId;
import ru.vmeste.objects.internal.ObjectTypeCatalog;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;

/**
 * Administrators define object types: code, names, icon, shape on the map and typed attributes.
 */
@Controller
@PartOf(PortalService.OPEN_DATA)
class ObjectTypeAdminController {

	private final ObjectTypeCatalog types;

	ObjectTypeAdminController(ObjectTypeCatalog types) {
		this.types = types;
	}

	@GetMapping("/admin/object-types")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		PageQuery query = PageQuery.of(page, PageQuery.DEFAULT_SIZE);
		model.addAttribute("types", Paged.of(types.all().stream().skip(query.offset()).limit(query.size()).toList(), query,
				types.all().size()));
		return "objects/admin/types";
	}

	@GetMapping("/admin/object-types/new")
	String create(Model model) {
		return form(ObjectTypeForm.empty(), null, model);
	}

	@GetMapping("/admin/object-types/{id}")
	String edit(@PathVariable UUID id, Model model) {
		return form(ObjectTypeForm.of(types.get(new ObjectTypeId(id))), new ObjectTypeId(id), model);
	}

	@PostMapping("/admin/object-types")
	String saveNew(@Valid @ModelAttribute("form") ObjectTypeForm form, BindingResult errors,
			@RequestParam(required = false) @Nullable String more, Model model, RedirectAttributes redirect) {
		return save(form, errors, null, more != null, model, redirect);
	}

	@PostMapping("/admin/object-types/{id}")
	String saveExisting(@PathVariable UUID id, @Valid @ModelAttribute("form") ObjectTypeForm form, BindingResult errors,
			@RequestParam(required = false) @Nullable String more, Model model, RedirectAttributes redirect) {
		return save(form, errors, types.get(new ObjectTypeId(id)).id(), more != null, model, redirect);
	}

	/**
	 * "More attributes" shows the form again with spare rows (nothing is checked yet); saving
	 * checks every rule and shows the form as sent with the reasons.
	 */
	private String save(ObjectTypeForm form, BindingResult errors, @Nullable ObjectTypeId id, boolean more, Model model,
			RedirectAttributes redirect) {
		if (more) {
			ObjectTypeForm extended = form.withSpareRows();
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(extended, "form"));
			return form(extended, id, model);
		}
		if (errors.hasErrors()) {
			return form(form, id, model);
		}
		try {
			ObjectType saved = types.save(form.toType(id));
			redirect.addFlashAttribute("notice", "objects.type.saved");
			return "redirect:/admin/object-types/" + saved.id();
		}
		catch (DomainException ex) {
			errors.reject(ex.messageCode(), ex.arguments(), ex.messageCode());
			return form(form, id, model);
		}
	}

	private String form(ObjectTypeForm form, @Nullable ObjectTypeId id, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("typeId", id == null ? null : id.toString());
		model.addAttribute("geometryKinds", GeometryKind.values());
		model.addAttribute("attributeTypes", AttributeType.values());
		model.addAttribute("hasObjects", id != null && types.hasObjects(id));
		return "objects/admin/type-form";
	}

}
