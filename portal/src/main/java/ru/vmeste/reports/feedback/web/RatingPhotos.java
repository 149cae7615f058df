package ru.vmeste.reports.feedback.web;

import java.util.UUID;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.UserId;
import ru.vmeste.platform.files.FileResponses;
import ru.vmeste.platform.files.FileStore;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.feedback.Feedback;
import ru.vmeste.shared.DomainException;

/**
 * Serves the photo of a rating to its author and to the responsible organization only: it was
 * never moderated, so it is not public.
 */
@Component
class RatingPhotos {

	private final Feedback feedback;

	private final FileStore files;

	RatingPhotos(Feedback feedback, FileStore files) {
		this.feedback = feedback;
		this.files = files;
	}

	ResponseEntity<Resource> serve(AppealId id, UUID ratingId, boolean thumbnail, UserId viewer) {
		Feedback.RatingPhoto photo = feedback.ratingPhoto(id, ratingId, thumbnail, viewer);
		return files.open(photo.file())
			.map(content -> FileResponses.inline(content, photo.contentType(), "rating-" + photo.appealNumber() + ".jpg"))
			.orElseThrow(() -> DomainException.notFound("reports.attachments.not-found"));
	}

}
