package ru.vmeste.works.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.platform.files.StagedFiles;
import ru.vmeste.platform.images.CleanImage;
import ru.vmeste.shared.DomainException;
import ru.vmeste.works.RatingSummary;
import ru.vmeste.works.Schedule;
import ru.vmeste.works.Work;
import ru.vmeste.works.WorkId;
import ru.vmeste.works.WorkImports;
import ru.vmeste.works.WorkPlace;
import ru.vmeste.works.WorkStatus;
import ru.vmeste.works.WorkStatusChanged;
import ru.vmeste.works.internal.WorkHistory.Change;
import ru.vmeste.works.internal.WorkHistory.Entry;

/**
 * Works brought in with their past ({@link WorkImports}): the draft's checks, the status table,
 * the photo sanitizer and the low-rating rule of works created here, each step at its own instant.
 * The customer acted, not a known official; the residents who rated are not known either.
 */
@Service
class PastWorks implements WorkImports {

	private final WorkStore works;

	private final WorkHistory history;

	private final WorkPlaces places;

	private final WorkDocumentStore documents;

	private final WorkPhotoStore photos;

	private final WorkPhotos photoRules;

	private final WorkRatingStore ratings;

	private final LowRatedWorks lowRatings;

	private final StagedFiles files;

	private final ApplicationEventPublisher events;

	PastWorks(WorkStore works, WorkHistory history, WorkPlaces places, WorkDocumentStore documents,
			WorkPhotoStore photos, WorkPhotos photoRules, WorkRatingStore ratings, LowRatedWorks lowRatings,
			StagedFiles files, ApplicationEventPublisher events) {
		this.works = works;
		this.history = history;
		this.places = places;
		this.documents = documents;
		this.photos = photos;
		this.photoRules = photoRules;
		this.ratings = ratings;
		this.lowRatings = lowRatings;
		this.files = files;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean hasWorksOf(OrganizationId customer) {
		return works.hasWorksOf(customer);
	}

	@Override
	@Transactional
	public WorkId importWork(ImportedWork imported) {
		WorkDraft draft = new WorkDraft(imported.title(), imported.description(), imported.kind(), imported.funding(),
				imported.contractor(), null, imported.plannedStart(), imported.plannedEnd(), imported.progress(),
				imported.geometry() == null ? null : places.parse(imported.geometry()), imported.objects());
		WorkPlace place = places.resolve(draft.geometry(), draft.objects());
		Instant created = imported.createdAt();
		Work work = new Work(new WorkId(UUID.randomUUID()), 0, draft.title(), draft.description(), draft.kind(),
				WorkStatus.PLANNED, null, imported.customer(), draft.contractor(), null, draft.funding(),
				Schedule.planned(draft.plannedStart(), draft.plannedEnd()), draft.progress(), place,
				RatingSummary.none(), null, created, created);
		works.insert(work);
		history.add(work.id(), new Entry(Change.CREATED, WorkStatus.PLANNED, null, List.of(), work.customer(), null,
				created));
		for (StatusStep step : imported.steps()) {
			work = move(works.find(work.id()).orElseThrow(), step);
		}
		for (Document document : imported.documents()) {
			attach(work.id(), document);
		}
		for (Photo photo : imported.photos()) {
			CleanImage image = photoRules.sanitize(photo.content());
			photos.insert(new WorkPhotoStore.Photo(UUID.randomUUID(), work.id(), photo.stage(), photo.takenOn(), null,
					files.store(image.bytes()), files.store(image.thumbnail()), image.contentType()), image.width(),
					image.height(), photo.at());
		}
		rate(work.id(), imported.ratings());
		return work.id();
	}

	private Work move(Work before, StatusStep step) {
		if (!before.status().canMoveTo(step.to())) {
			throw DomainException.conflict("works.status.not-allowed", before.status(), step.to());
		}
		if (before.status().needsReasonToMoveTo(step.to()) && (step.reason() == null || step.reason().isBlank())) {
			throw DomainException.invalid("works.status.reason-required");
		}
		Schedule schedule = WorkEditor.actualDates(before.schedule(), before.status(), step.to(), step.on());
		Work after = new Work(before.id(), before.number(), before.title(), before.description(), before.kind(),
				step.to(), step.reason(), before.customer(), before.contractor(), before.externalRef(), before.funding(),
				schedule, step.to().isDone() ? 100 : before.progress(), before.place(), before.ratings(),
				before.flaggedAt(), before.createdAt(), step.at());
		works.update(after);
		history.add(before.id(), new Entry(Change.STATUS, step.to(), step.reason(),
				WorkEditor.dateChanges(before.schedule(), schedule), before.customer(), null, step.at()));
		events.publishEvent(new WorkStatusChanged(before.id(), before.number(), before.title(), before.status(),
				step.to(), step.reason(), step.at()));
		return after;
	}

	private void attach(WorkId work, Document document) {
		DocumentFormat format = DocumentFormat.of(document.content(), document.fileName())
			.orElseThrow(() -> DomainException.invalid("works.document.unsupported",
					String.join(", ", DocumentFormat.extensions())));
		UUID id = UUID.randomUUID();
		documents.insert(id, work, document.kind(), document.title(), document.at());
		documents.addVersion(id, new WorkDocumentStore.Version(1, files.store(document.content()),
				document.fileName(), format.contentType(), document.content().length, document.at()), null);
	}

	private void rate(WorkId work, List<Rating> given) {
		@Nullable Instant last = null;
		for (Rating rating : given) {
			if (rating.score() < 1 || rating.score() > 5) {
				throw DomainException.invalid("works.rating.score");
			}
			UUID id = UUID.randomUUID();
			ratings.insert(new WorkRatingStore.Rating(id, work, UserId.random(), rating.score(), rating.comment(), null,
					null, null, null, WorkRatingStore.Status.MODERATION, null, rating.at(), null));
			ratings.decide(id, WorkRatingStore.Status.PUBLISHED, null, null, rating.at());
			works.addRating(work, rating.score());
			last = rating.at();
		}
		if (last != null) {
			lowRatings.check(works.find(work).orElseThrow(), last);
		}
	}

}
