package ru.vmeste.statistics.internal;

import org.jspecify.annotations.Nullable;

/**
 * The appeal rollups summed over a period and filters: every counter of {@link AppealCounter},
 * with the shares and averages worked out from them.
 */
public record AppealTotals(long[] values) {

	public AppealTotals {
		if (values.length != AppealCounter.SIZE) {
			throw new IllegalArgumentException("Expected " + AppealCounter.SIZE + " counters");
		}
		values = values.clone();
	}

	static AppealTotals zero() {
		return new AppealTotals(new long[AppealCounter.SIZE]);
	}

	long get(AppealCounter counter) {
		return values[counter.ordinal()];
	}

	public long submitted() {
		return get(AppealCounter.SUBMITTED);
	}

	public long published() {
		return get(AppealCounter.PUBLISHED);
	}

	public long routed() {
		return get(AppealCounter.ROUTED);
	}

	public long answered() {
		return get(AppealCounter.ANSWERED);
	}

	public long answeredOnTime() {
		return get(AppealCounter.ANSWERED_ON_TIME);
	}

	public long answeredWithinLegal() {
		return get(AppealCounter.ANSWERED_WITHIN_LEGAL);
	}

	/** Still owing an answer (published, routed, in progress). */
	public long open() {
		return get(AppealCounter.OPEN);
	}

	/** Answered; the author has not said yet whether it is fixed. */
	public long awaiting() {
		return get(AppealCounter.AWAITING);
	}

	/** Closed with the author's confirmation that it is fixed: what "resolved" counts. */
	public long confirmed() {
		return get(AppealCounter.CONFIRMED);
	}

	/** Closed without the author's reply within the confirmation period. */
	public long notConfirmed() {
		return get(AppealCounter.NOT_CONFIRMED);
	}

	/** The author said "not solved": reopened now, or closed with no reopening left. */
	public long disputed() {
		return get(AppealCounter.DISPUTED);
	}

	public long overdue() {
		return get(AppealCounter.OVERDUE);
	}

	public long reopened() {
		return get(AppealCounter.REOPENED);
	}

	public long rerouted() {
		return get(AppealCounter.REROUTED);
	}

	public long ratings() {
		return get(AppealCounter.RATINGS);
	}

	/** Confirmed fixed over published: the honest "% resolved". */
	public double resolvedShare() {
		return share(confirmed(), published());
	}

	public double answeredShare() {
		return share(answered(), published());
	}

	/** First answers by the working-day deadline, over the answered. */
	public double answeredOnTimeShare() {
		return share(answeredOnTime(), answered());
	}

	/** First answers within the 59-FZ limit, over the answered. */
	public double answeredWithinLegalShare() {
		return share(answeredWithinLegal(), answered());
	}

	/** Answered late at least once or open past the deadline, over the routed. */
	public double overdueShare() {
		return share(overdue(), routed());
	}

	public double reopenedShare() {
		return share(reopened(), answered());
	}

	public double reroutedShare() {
		return share(rerouted(), routed());
	}

	/** Working days from the first routing to the first answer, on average; null without answers. */
	public @Nullable Double averageAnswerWorkingDays() {
		return answered() == 0 ? null : round((double) get(AppealCounter.ANSWER_DAYS) / answered());
	}

	public @Nullable Double averageRating() {
		return ratings() == 0 ? null : round((double) get(AppealCounter.RATING_SUM) / ratings());
	}

	static double share(long part, long whole) {
		return whole == 0 ? 0 : Math.round(10_000.0 * part / whole) / 10_000.0;
	}

	static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
