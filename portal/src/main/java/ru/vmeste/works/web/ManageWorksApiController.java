package ru.vmeste.works.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.platform.files.Upload;
import ru.vmeste.platform.web.Uploads;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;
import ru.vmeste.works.WorkId;
import ru.vmeste.works.DocumentKind;
import ru.vmeste.works.PhotoStage;
import ru.vmeste.works.internal.WorkCustomers;
import ru.vmeste.works.internal.WorkDocuments;
import ru.vmeste.works.internal.WorkEditor;
import ru.vmeste.works.internal.WorkImport;
import ru.vmeste.works.internal.WorkPhotos;
import ru.vmeste.works.internal.WorkPlaces;
import ru.vmeste.works.internal.WorkStore;

/**
 * WorkCustomers' officials keep their organization's works up to date through the API: create
 * and change them, move their status, add documents, versions and photos, import from CSV.
 */
@RestController
@RequestMapping("/api/v1/works")
@PartOf(PortalService.FIND_OUT)
@Tag(name = "Find out: customers", description = "Officials of the customer organization manage its works")
class ManageWorksApiController {

	/** A stored file's address. */
	record FileCreated(String id, String url) {
	}

	private final WorkEditor editor;

	private final WorkDocuments documents;

	private final WorkPhotos photos;

	private final WorkImport imports;

	private final WorkStore works;

	private final WorkViews views;

	private final WorkPlaces places;

	private final WorkCustomers customers;

	private final WorkImportReports reports;

	ManageWorksApiController(WorkEditor editor, WorkDocuments documents, WorkPhotos photos, WorkImport imports,
			WorkStore works, WorkViews views, WorkPlaces places, WorkCustomers customers, WorkImportReports reports) {
		this.editor = editor;
		this.documents = documents;
		this.photos = photos;
		this.imports = imports;
		this.works = works;
		this.views = views;
		this.places = places;
		this.customers = customers;
		this.reports = reports;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create works of the caller's organization (organizationId when they work for several)")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<WorkViews.Details> create(@Valid @RequestBody WorkRequest request,
			@AuthenticationPrincipal PortalUser official, Locale locale) {
		WorkId id = editor.create(request.draft(places), customers.customerFor(official.id(), organization(request.organizationId())), official.id());
		return ResponseEntity.created(URI.create("/api/v1/works/" + id)).body(details(id, locale));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change the works' details; every changed field goes into the public history")
	WorkViews.Details update(@PathVariable UUID id, @Valid @RequestBody WorkRequest request,
			@AuthenticationPrincipal PortalUser official, Locale locale) {
		editor.update(new WorkId(id), request.draft(places), official.id());
		return details(new WorkId(id), locale);
	}

	@PostMapping(path = "/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Move the works to another status (PLANNED → CONTRACTING → IN_PROGRESS ⇄ SUSPENDED → COMPLETED → ACCEPTED, or CANCELLED)")
	WorkViews.Details status(@PathVariable UUID id, @Valid @RequestBody StatusRequest request,
			@AuthenticationPrincipal PortalUser official, Locale locale) {
		editor.changeStatus(new WorkId(id), request.change(), official.id());
		return details(new WorkId(id), locale);
	}

	@PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach a document (PDF, DOC/DOCX, XLS/XLSX, ODT/ODS or a scan as JPEG/PNG)")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<FileCreated> addDocument(@PathVariable UUID id, @RequestParam MultipartFile file,
			@RequestParam(defaultValue = "OTHER") DocumentKind kind, @RequestParam(required = false) @Nullable String title,
			@AuthenticationPrincipal PortalUser official) {
		Upload upload = Uploads.read(file);
		UUID document = documents.add(new WorkId(id), kind, title, upload.name(), upload.bytes(), official.id());
		String url = "/works/" + id + "/documents/" + document;
		return ResponseEntity.created(URI.create(url)).body(new FileCreated(document.toString(), url));
	}

	@PostMapping(path = "/{id}/documents/{documentId}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a new version of a document; the older ones stay downloadable")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<FileCreated> addVersion(@PathVariable UUID id, @PathVariable UUID documentId,
			@RequestParam MultipartFile file, @AuthenticationPrincipal PortalUser official) {
		Upload upload = Uploads.read(file);
		int version = documents.addVersion(new WorkId(id), documentId, upload.name(), upload.bytes(), official.id());
		String url = "/works/" + id + "/documents/" + documentId + "?version=" + version;
		return ResponseEntity.created(URI.create(url)).body(new FileCreated(documentId.toString(), url));
	}

	@PostMapping(path = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Add a photo of a stage (BEFORE, DURING, AFTER) taken on a day (today if not given)")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<FileCreated> addPhoto(@PathVariable UUID id, @RequestParam MultipartFile file,
			@RequestParam PhotoStage stage,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate takenOn,
			@RequestParam(required = false) @Nullable String caption, @AuthenticationPrincipal PortalUser official) {
		UUID photo = photos.add(new WorkId(id), stage, takenOn, caption, Uploads.read(file).bytes(), official.id());
		String url = "/works/" + id + "/photos/" + photo;
		return ResponseEntity.created(URI.create(url)).body(new FileCreated(photo.toString(), url));
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import works from CSV (UTF-8); dryRun=true (the default) only checks and reports every bad line")
	WorkImportReports.View importCsv(@RequestParam MultipartFile file,
			@RequestParam(required = false) @Nullable UUID organizationId,
			@RequestParam(defaultValue = "true") boolean dryRun, @AuthenticationPrincipal PortalUser official,
			Locale locale) {
		WorkImport.Report report = imports.run(Uploads.read(file).bytes(), customers.customerFor(official.id(), organization(organizationId)), official.id(), dryRun);
		return reports.view(report, locale);
	}

	private WorkViews.Details details(WorkId id, Locale locale) {
		return views.details(works.find(id).orElseThrow(() -> DomainException.notFound("works.work.not-found")), locale);
	}

	private static @Nullable OrganizationId organization(@Nullable UUID id) {
		return id == null ? null : new OrganizationId(id);
	}

}
