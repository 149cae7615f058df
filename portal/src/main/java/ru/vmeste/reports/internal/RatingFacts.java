package ru.vmeste.reports.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ru.vmeste.reports.AppealId;

/**
 * The author's latest rating of an appeal's answer and how many residents say the problem is
 * still there, for its pages: a port {@code reports.feedback} fills.
 */
public interface RatingFacts {

	Optional<LatestRating> latest(AppealId appeal);

	long notFixedCount(UUID answer);

	/**
	 * A rating as the pages show it; the comment and the photo are for the organization only.
	 *
	 * @param photo whether the author attached a photo
	 */
	record LatestRating(UUID id, UUID answer, int score, boolean solved, @Nullable String comment, boolean photo,
			Instant at) {
	}

}
