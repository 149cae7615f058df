package ru.vmeste.works.web;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.platform.files.FileKey;
import ru.vmeste.platform.files.FileResponses;
import ru.vmeste.platform.files.FileStore;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;
import ru.vmeste.works.WorkId;
import ru.vmeste.works.internal.WorkDocumentStore;
import ru.vmeste.works.internal.WorkPhotoStore;
import ru.vmeste.works.internal.WorkRatingStore;

/**
 * Serves the files of works: documents as downloads with their stored content type and
 * cleaned name (any version), photos and rating photos inline. Every response forbids content
 * sniffing and runs in a sandbox, so no uploaded file can run script on the portal.
 */
@Controller
@PartOf(PortalService.FIND_OUT)
class WorkFilesController {

	private final WorkDocumentStore documents;

	private final WorkPhotoStore photos;

	private final WorkRatingStore ratings;

	private final FileStore files;

	WorkFilesController(WorkDocumentStore documents, WorkPhotoStore photos, WorkRatingStore ratings, FileStore files) {
		this.documents = documents;
		this.photos = photos;
		this.ratings = ratings;
		this.files = files;
	}

	@GetMapping("/works/{id}/documents/{documentId}")
	ResponseEntity<Resource> document(@PathVariable UUID id, @PathVariable UUID documentId,
			@RequestParam(required = false) @Nullable Integer version) {
		WorkDocumentStore.Document document = documents.find(new WorkId(id), documentId)
			.orElseThrow(() -> DomainException.notFound("works.document.not-found"));
		WorkDocumentStore.Version wanted = version == null ? document.current()
				: document.versions()
					.stream()
					.filter(candidate -> candidate.number() == version)
					.findFirst()
					.orElseThrow(() -> DomainException.notFound("works.document.not-found"));
		return files.open(wanted.file())
			.map(content -> FileResponses.attachment(content, wanted.contentType(), wanted.fileName()))
			.orElseThrow(() -> DomainException.notFound("works.document.not-found"));
	}

	@GetMapping("/works/{id}/photos/{photoId}")
	ResponseEntity<Resource> photo(@PathVariable UUID id, @PathVariable UUID photoId,
			@RequestParam(defaultValue = "false") boolean thumbnail) {
		WorkPhotoStore.Photo photo = photos.find(new WorkId(id), photoId)
			.orElseThrow(() -> DomainException.notFound("works.photo.not-found"));
		return image(thumbnail ? photo.thumbnail() : photo.file(), thumbnail ? "image/jpeg" : photo.contentType(),
				"works-" + photo.stage().name().toLowerCase(Locale.ROOT));
	}

	@GetMapping("/works/{id}/ratings/{ratingId}/photo")
	ResponseEntity<Resource> ratingPhoto(@PathVariable UUID id, @PathVariable UUID ratingId,
			@RequestParam(defaultValue = "false") boolean thumbnail, @AuthenticationPrincipal @Nullable PortalUser user) {
		WorkRatingStore.Rating rating = RatingAccess.visible(ratings, new WorkId(id), ratingId, user);
		FileKey file = thumbnail ? rating.thumbnail() : rating.photo();
		if (file == null || rating.photoType() == null) {
			throw DomainException.notFound("works.photo.not-found");
		}
		return image(file, thumbnail ? "image/jpeg" : rating.photoType(), "rating");
	}

	private ResponseEntity<Resource> image(FileKey file, String contentType, String name) {
		return files.open(file)
			.map(content -> FileResponses.inline(content, contentType, name + ("image/png".equals(contentType) ? ".png" : ".jpg")))
			.orElseThrow(() -> DomainException.notFound("works.photo.not-found"));
	}

}
