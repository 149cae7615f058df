package ru.vmeste.works.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.platform.files.Upload;
import ru.vmeste.platform.web.Uploads;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;
import ru.vmeste.works.WorkId;
import ru.vmeste.works.DocumentKind;
import ru.vmeste.works.PhotoStage;
import ru.vmeste.works.internal.WorkDocuments;
import ru.vmeste.works.internal.WorkPhotos;

/**
 * WorkCustomers' officials attach documents (and new versions) and photos to works from the
 * workspace page; a refused file comes back to that page with the reason.
 */
@Controller
@PartOf(PortalService.FIND_OUT)
class ManageWorkFilesController {

	private final WorkDocuments documents;

	private final WorkPhotos photos;

	private final MessageSource messages;

	ManageWorkFilesController(WorkDocuments documents, WorkPhotos photos, MessageSource messages) {
		this.documents = documents;
		this.photos = photos;
		this.messages = messages;
	}

	@PostMapping(path = "/manage/works/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String addDocument(@PathVariable UUID id, @RequestParam MultipartFile file,
			@RequestParam(defaultValue = "OTHER") DocumentKind kind, @RequestParam(required = false) @Nullable String title,
			@AuthenticationPrincipal PortalUser official, RedirectAttributes redirect, Locale locale) {
		Upload upload = Uploads.read(file);
		return attempt(id, "documents", "works.manage.document-added", redirect, locale,
				() -> documents.add(new WorkId(id), kind, title, upload.name(), upload.bytes(), official.id()));
	}

	@PostMapping(path = "/manage/works/{id}/documents/{documentId}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String addVersion(@PathVariable UUID id, @PathVariable UUID documentId, @RequestParam MultipartFile file,
			@AuthenticationPrincipal PortalUser official, RedirectAttributes redirect, Locale locale) {
		Upload upload = Uploads.read(file);
		return attempt(id, "documents", "works.manage.version-added", redirect, locale,
				() -> documents.addVersion(new WorkId(id), documentId, upload.name(), upload.bytes(), official.id()));
	}

	@PostMapping(path = "/manage/works/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String addPhoto(@PathVariable UUID id, @RequestParam MultipartFile file, @RequestParam PhotoStage stage,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate takenOn,
			@RequestParam(required = false) @Nullable String caption, @AuthenticationPrincipal PortalUser official,
			RedirectAttributes redirect, Locale locale) {
		return attempt(id, "photos", "works.manage.photo-added", redirect, locale,
				() -> photos.add(new WorkId(id), stage, takenOn, caption, Uploads.read(file).bytes(), official.id()));
	}

	private String attempt(UUID id, String section, String notice, RedirectAttributes redirect, Locale locale,
			Runnable upload) {
		try {
			upload.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (DomainException ex) {
			if (ex.kind() == DomainException.Kind.FORBIDDEN || ex.kind() == DomainException.Kind.NOT_FOUND) {
				throw ex;
			}
			redirect.addFlashAttribute("uploadError",
					messages.getMessage(ex.messageCode(), ex.arguments(), ex.messageCode(), locale));
			redirect.addFlashAttribute("uploadSection", section);
		}
		return "redirect:/manage/works/" + id + "#" + section;
	}

}
