package ru.vmeste.works.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import ru.vmeste.works.RatingSummary;
import ru.vmeste.works.Work;
import ru.vmeste.works.WorkFlagged;
import ru.vmeste.works.WorksSettings;
import ru.vmeste.works.internal.WorkHistory.Change;
import ru.vmeste.works.internal.WorkHistory.Entry;
import ru.vmeste.works.internal.WorkHistory.FieldChange;

/**
 * Flags works for their customer when residents rate the result low: an average below
 * {@code vmeste.works.low-rating.below} (3.0) over at least {@code vmeste.works.low-rating.min-ratings}
 * (3) published ratings. The flag goes when the average recovers. Both are in the history.
 */
@Component
class LowRatedWorks {

	private final WorkStore works;

	private final WorkHistory history;

	private final ApplicationEventPublisher events;

	private final double below;

	private final int minRatings;

	LowRatedWorks(WorkStore works, WorkHistory history, ApplicationEventPublisher events,
			WorksSettings settings) {
		this.works = works;
		this.history = history;
		this.events = events;
		this.below = settings.lowRating().below();
		this.minRatings = settings.lowRating().minRatings();
	}

	boolean isLow(RatingSummary ratings) {
		return ratings.count() >= minRatings && ratings.average() < below;
	}

	/** Called with the works as they are after a rating was added. */
	void check(Work work, Instant at) {
		boolean low = isLow(work.ratings());
		String average = String.format(Locale.ROOT, "%.1f", work.ratings().average());
		List<FieldChange> changes = List.of(new FieldChange("ratings", null, String.valueOf(work.ratings().count())));
		if (low && work.flaggedAt() == null) {
			works.setFlagged(work.id(), at);
			history.add(work.id(), new Entry(Change.FLAGGED, work.status(), average, changes, null, null, at));
			events.publishEvent(new WorkFlagged(work.id(), work.number(), work.title(), work.customer(),
					work.ratings().average(), work.ratings().count(), at));
		}
		else if (!low && work.flaggedAt() != null) {
			works.setFlagged(work.id(), null);
			history.add(work.id(), new Entry(Change.UNFLAGGED, work.status(), average, changes, null, null, at));
		}
	}

}
