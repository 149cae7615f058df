package ru.vmeste.works.web;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.platform.web.Uploads;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;
import ru.vmeste.works.internal.WorkCustomers;
import ru.vmeste.works.internal.WorkImport;

/**
 * WorkCustomers import works from a CSV file: first a dry run that lists every bad line, then the
 * import itself, all or nothing.
 */
@Controller
@PartOf(PortalService.FIND_OUT)
class WorkImportController {

	private final WorkImport imports;

	private final WorkCustomers customers;

	private final WorkImportReports reports;

	WorkImportController(WorkImport imports, WorkCustomers customers, WorkImportReports reports) {
		this.imports = imports;
		this.customers = customers;
		this.reports = reports;
	}

	@GetMapping("/manage/works/import")
	String form(@AuthenticationPrincipal PortalUser official, Model model) {
		return page(official, model);
	}

	@PostMapping(path = "/manage/works/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String run(@RequestParam MultipartFile file, @RequestParam(required = false) @Nullable UUID organizationId,
			@RequestParam(defaultValue = "false") boolean apply, @AuthenticationPrincipal PortalUser official,
			Model model, Locale locale) {
		try {
			OrganizationId customer = customers.customerFor(official.id(),
					organizationId == null ? null : new OrganizationId(organizationId));
			model.addAttribute("report",
					reports.view(imports.run(Uploads.read(file).bytes(), customer, official.id(), !apply), locale));
			model.addAttribute("organizationId", customer.value());
		}
		catch (DomainException ex) {
			if (ex.kind() == DomainException.Kind.FORBIDDEN) {
				throw ex;
			}
			model.addAttribute("importError", reports.message(ex, locale));
		}
		return page(official, model);
	}

	private String page(PortalUser official, Model model) {
		model.addAttribute("organizations", customers.of(official.id()));
		model.addAttribute("columns", String.join(";", WorkImport.COLUMNS));
		model.addAttribute("maxRows", WorkImport.MAX_ROWS);
		return "works/manage/import";
	}

}
