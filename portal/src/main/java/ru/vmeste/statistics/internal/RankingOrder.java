package ru.vmeste.statistics.internal;

import java.util.Comparator;
import java.util.Locale;

import ru.vmeste.shared.DomainException;

/**
 * How the organizations' ranking is sorted: each column, best first (shares of late or sent-on
 * appeals: fewest first); ties by the number of appeals received.
 */
public enum RankingOrder {

	RECEIVED(Comparator.comparingLong(OrganizationTotals::received).reversed()),
	ANSWERED(Comparator.comparingLong(OrganizationTotals::answered).reversed()),
	ANSWERED_ON_TIME(Comparator.comparingDouble(OrganizationTotals::answeredOnTimeShare).reversed()),
	ANSWERED_WITHIN_LEGAL(Comparator.comparingDouble(OrganizationTotals::answeredWithinLegalShare).reversed()),
	ANSWER_DAYS(Comparator.comparingDouble(totals -> totals.averageAnswerWorkingDays() == null ? Double.MAX_VALUE
			: totals.averageAnswerWorkingDays())),
	RATING(Comparator.comparingDouble((OrganizationTotals totals) -> totals.averageRating() == null ? -1
			: totals.averageRating()).reversed()),
	REROUTED_AWAY(Comparator.comparingDouble(OrganizationTotals::reroutedAwayShare)),
	REOPENED(Comparator.comparingDouble(OrganizationTotals::reopenedShare));

	private final Comparator<OrganizationTotals> comparator;

	RankingOrder(Comparator<OrganizationTotals> comparator) {
		this.comparator = comparator;
	}

	Comparator<OrganizationTotals> comparator() {
		return comparator.thenComparing(Comparator.comparingLong(OrganizationTotals::received).reversed())
			.thenComparing(totals -> totals.id());
	}

	/** The parameter's spelling: the name in lower case with dashes, e.g. {@code answered-on-time}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static RankingOrder of(String code) {
		for (RankingOrder order : values()) {
			if (order.code().equals(code) || order.name().equalsIgnoreCase(code)) {
				return order;
			}
		}
		throw DomainException.invalid("statistics.ranking.sort");
	}

}
