package ru.vmeste.statistics.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the figures count about one appeal, folded from its events (a row of
 * {@code statistics_appeals}). Days are in the region's time zone.
 *
 * @param submittedOn the day it was submitted (the day of its first known event if that was missed)
 * @param deadline the answer is due by the end of this day: the current organization's
 * working-day deadline, moved on by pauses and set again by a reopening
 * @param legalDeadline the 59-FZ limit, 30 calendar days from the first routing (not moved by
 * sending it on)
 * @param answerWorkingDays working days from the first routing to the first answer
 * @param answeredOnTime whether the first answer came by the deadline then in force
 * @param overdue answered late at least once, or open with its deadline passed
 * @param foldedOn the day the figures were last worked out (overdue depends on it)
 */
record AppealFacts(UUID appeal, long number, @Nullable UUID topic, @Nullable UUID topicGroup, @Nullable UUID district,
		@Nullable Double lat, @Nullable Double lon, String status, @Nullable String outcome, Category category,
		LocalDate submittedOn, @Nullable LocalDate publishedOn, @Nullable LocalDate closedOn,
		@Nullable LocalDate firstRoutedOn, @Nullable UUID organization, @Nullable LocalDate deadline,
		@Nullable LocalDate legalDeadline, @Nullable LocalDate firstAnsweredOn, @Nullable Integer answerWorkingDays,
		@Nullable Boolean answeredOnTime, @Nullable Boolean answeredWithinLegal, int reopens, int reroutes, int ratings,
		int ratingSum, boolean open, boolean overdue, LocalDate foldedOn) {

	boolean isPublished() {
		return category != Category.NOT_PUBLISHED;
	}

}
