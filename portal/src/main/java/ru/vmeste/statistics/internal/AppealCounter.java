package ru.vmeste.statistics.internal;

import java.util.Locale;

/**
 * The columns of the appeal rollups ({@code statistics_days}, {@code statistics_months}): the
 * cohort of appeals submitted on the day as they stand now, and the {@code _FLOW} counts of what
 * happened on the day.
 */
enum AppealCounter {

	SUBMITTED, PUBLISHED, ROUTED, ANSWERED, ANSWERED_ON_TIME, ANSWERED_WITHIN_LEGAL, ANSWER_DAYS, CONFIRMED,
	NOT_CONFIRMED, DISPUTED, AWAITING, OPEN, OVERDUE, REOPENED, REROUTED, RATINGS, RATING_SUM,
	/** Appeals published on the day. */
	PUBLISHED_FLOW,
	/** Answers given on the day (a reopened appeal answered again counts again). */
	ANSWERED_FLOW,
	/** Appeals closed on the day with the author's confirmation that the problem is solved. */
	RESOLVED_FLOW,
	/** Appeals closed on the day because nobody confirmed the answer in time. */
	NOT_CONFIRMED_FLOW;

	static final int SIZE = values().length;

	String column() {
		return name().toLowerCase(Locale.ROOT);
	}

}
