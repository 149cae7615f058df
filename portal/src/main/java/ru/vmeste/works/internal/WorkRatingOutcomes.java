package ru.vmeste.works.internal;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.vmeste.moderation.ContentModerated;
import ru.vmeste.works.Work;
import ru.vmeste.works.WorkRatingDeclined;

/**
 * Applies moderators' decisions to ratings: a published one counts in the works' average
 * (which may flag them for the customer), a declined one is kept with the reason and its
 * author hears why. A redelivered decision changes nothing.
 */
@Component
class WorkRatingOutcomes {

	private final WorkRatingStore ratings;

	private final WorkStore works;

	private final LowRatedWorks lowRatings;

	private final ApplicationEventPublisher events;

	WorkRatingOutcomes(WorkRatingStore ratings, WorkStore works, LowRatedWorks lowRatings, ApplicationEventPublisher events) {
		this.ratings = ratings;
		this.works = works;
		this.lowRatings = lowRatings;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(ContentModerated decision) {
		if (!WorkRatings.MODERATION_KIND.equals(decision.kind())) {
			return;
		}
		WorkRatingStore.Rating rating = ratings.lock(UUID.fromString(decision.subjectId()))
			.filter(found -> found.status() == WorkRatingStore.Status.MODERATION)
			.orElse(null);
		if (rating == null) {
			return;
		}
		Work work = works.lock(rating.work()).orElseThrow();
		if (decision.published()) {
			String edited = decision.editedText();
			ratings.decide(rating.id(), WorkRatingStore.Status.PUBLISHED,
					edited == null || edited.isBlank() ? null : edited.strip(), decision.reason(), decision.decidedAt());
			works.addRating(work.id(), rating.score());
			lowRatings.check(works.find(work.id()).orElseThrow(), decision.decidedAt());
		}
		else {
			ratings.decide(rating.id(), WorkRatingStore.Status.REJECTED, null, decision.reason(), decision.decidedAt());
			events.publishEvent(new WorkRatingDeclined(work.id(), work.title(), rating.author(), decision.reason(),
					decision.decidedAt()));
		}
	}

}
