package ru.vmeste.statistics.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ru.vmeste.organizations.Organization;

/**
 * An organization's figures over a period: the appeals that reached it, and how it handled them.
 *
 * @param organization the organization as its module knows it (null if it is gone)
 */
public record OrganizationTotals(UUID id, @Nullable Organization organization, long[] values) {

	public OrganizationTotals {
		values = values.clone();
	}

	long get(OrganizationCounter counter) {
		return values[counter.ordinal()];
	}

	/** Appeals routed or sent on to it. */
	public long received() {
		return get(OrganizationCounter.RECEIVED);
	}

	/** Of them, answered by it. */
	public long answered() {
		return get(OrganizationCounter.ANSWERED);
	}

	public long answeredOnTime() {
		return get(OrganizationCounter.ANSWERED_ON_TIME);
	}

	public long answeredWithinLegal() {
		return get(OrganizationCounter.ANSWERED_WITHIN_LEGAL);
	}

	public long reroutedAway() {
		return get(OrganizationCounter.REROUTED_AWAY);
	}

	public long reopened() {
		return get(OrganizationCounter.REOPENED);
	}

	public long open() {
		return get(OrganizationCounter.OPEN);
	}

	public long overdue() {
		return get(OrganizationCounter.OVERDUE);
	}

	public long ratings() {
		return get(OrganizationCounter.RATINGS);
	}

	/** Its first answers by the working-day deadline, over its answers. */
	public double answeredOnTimeShare() {
		return AppealTotals.share(answeredOnTime(), answered());
	}

	/** Its first answers within the 59-FZ limit, over its answers. */
	public double answeredWithinLegalShare() {
		return AppealTotals.share(answeredWithinLegal(), answered());
	}

	/** Sent on to another organization (mis-routed to it), over those it received. */
	public double reroutedAwayShare() {
		return AppealTotals.share(reroutedAway(), received());
	}

	/** Reopened by the author's "not solved", over those it answered. */
	public double reopenedShare() {
		return AppealTotals.share(reopened(), answered());
	}

	public @Nullable Double averageAnswerWorkingDays() {
		return answered() == 0 ? null : AppealTotals.round((double) get(OrganizationCounter.ANSWER_DAYS) / answered());
	}

	public @Nullable Double averageRating() {
		return ratings() == 0 ? null : AppealTotals.round((double) get(OrganizationCounter.RATING_SUM) / ratings());
	}

}
