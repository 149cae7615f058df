package ru.vmeste.reports.feedback.web;

import java.util.UUID;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.UserId;
import ru.vmeste.platform.files.FileResponses;
import ru.vmeste.platform.files.FileStore;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.feedback.RatingStore;
import ru.vmeste.reports.internal.AppealStore;
import ru.vmeste.reports.internal.HandlingStore;
import ru.vmeste.reports.workspace.Responsibility;
import ru.vmeste.shared.DomainException;

/**
 * Serves the photo of a rating to its author and to the responsible organization only: it was
 * never moderated, so it is not public.
 */
@Component
class RatingPhotos {

	private final AppealStore appeals;

	private final HandlingStore handling;

	private final RatingStore ratings;

	private final Responsibility responsibility;

	private final FileStore files;

	RatingPhotos(AppealStore appeals, HandlingStore handling, RatingStore ratings, Responsibility responsibility,
			FileStore files) {
		this.appeals = appeals;
		this.handling = handling;
		this.ratings = ratings;
		this.responsibility = responsibility;
		this.files = files;
	}

	ResponseEntity<Resource> serve(AppealId id, UUID ratingId, boolean thumbnail, UserId viewer) {
		Appeal appeal = appeals.find(id).orElseThrow(() -> DomainException.notFound("reports.appeal.not-found"));
		boolean allowed = appeal.author().equals(viewer)
				|| handling.of(id).map(current -> responsibility.isResponsible(current, viewer)).orElse(false);
		RatingStore.Rating rating = ratings.find(id, ratingId)
			.filter(found -> allowed && found.photo() != null)
			.orElseThrow(() -> DomainException.notFound("reports.attachments.not-found"));
		boolean small = thumbnail && rating.thumbnail() != null;
		return files.open(small ? rating.thumbnail() : rating.photo())
			.map(content -> FileResponses.inline(content, small ? "image/jpeg" : String.valueOf(rating.photoType()),
					"rating-" + appeal.number() + ".jpg"))
			.orElseThrow(() -> DomainException.notFound("reports.attachments.not-found"));
	}

}
