package ru.vmeste.statistics.internal;

import java.util.Locale;

/**
 * The columns of the organization rollups ({@code statistics_organization_days}, {@code _months}):
 * the appeals that reached an organization on the day, as their stay there stands now.
 */
enum OrganizationCounter {

	RECEIVED, ANSWERED, ANSWERED_ON_TIME, ANSWERED_WITHIN_LEGAL, ANSWER_DAYS, REROUTED_AWAY, REOPENED, RATINGS,
	RATING_SUM, OPEN, OVERDUE;

	static final int SIZE = values().length;

	String column() {
		return name().toLowerCase(Locale.ROOT);
	}

}
