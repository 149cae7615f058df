package ru.vmeste.objects.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.objects.ObjectType;
import ru.vmeste.objects.ObjectTypeId;
import ru.vmeste.objects.internal.ImportJob;
import ru.vmeste.objects.internal.ObjectImports;
import ru.vmeste.objects.internal.ObjectTypeCatalog;
import ru.vmeste.platform.files.Upload;
import ru.vmeste.platform.web.Uploads;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;

/**
 * Administrators import objects from CSV or GeoJSON: a dry run first if they like, then the
 * import, watching its progress and reading the report of bad rows.
 */
@Controller
@PartOf(PortalService.OPEN_DATA)
class ImportController {

	static final int PROBLEMS_PER_PAGE = 50;

	private final ObjectImports imports;

	private final ObjectTypeCatalog types;

	ImportController(ObjectImports imports, ObjectTypeCatalog types) {
		this.imports = imports;
		this.types = types;
	}

	@GetMapping("/admin/objects/import")
	String form(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		model.addAttribute("types", types.all());
		model.addAttribute("typeNames", typeNames(locale));
		model.addAttribute("jobs", imports.recent(PageQuery.of(page, PageQuery.DEFAULT_SIZE)));
		return "objects/admin/import";
	}

	@PostMapping("/admin/objects/import")
	String start(@RequestParam UUID type, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(defaultValue = "false") boolean skipBadRows,
			@AuthenticationPrincipal PortalUser admin) {
		Upload upload = Uploads.read(file);
		UUID job = imports.start(new ObjectTypeId(type), upload.name(), upload.bytes(), dryRun, skipBadRows, admin.id());
		return "redirect:/admin/objects/imports/" + job;
	}

	@GetMapping("/admin/objects/imports/{id}")
	String job(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		ImportJob job = imports.find(id);
		model.addAttribute("job", job);
		model.addAttribute("typeName", types.get(job.type()).name().in(locale));
		model.addAttribute("problems", imports.problems(id, PageQuery.of(page, PROBLEMS_PER_PAGE)));
		return "objects/admin/import-job";
	}

	/** The progress part of the job page, which the page polls while the import runs. */
	@GetMapping("/admin/objects/imports/{id}/progress")
	String progress(@PathVariable UUID id, Model model) {
		model.addAttribute("job", imports.find(id));
		return "objects/admin/import-job :: progress";
	}

	private Map<ObjectTypeId, String> typeNames(Locale locale) {
		return types.all().stream().collect(Collectors.toMap(ObjectType::id, type -> type.name().in(locale)));
	}

}
