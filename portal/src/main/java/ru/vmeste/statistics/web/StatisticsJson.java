package ru.vmeste.statistics.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import ru.vmeste.statistics.PublicTotals;
import ru.vmeste.statistics.internal.AppealTotals;
import ru.vmeste.statistics.internal.OrganizationTotals;

/**
 * The API's JSON of the statistics: API.md's fields first, then additions.
 */
final class StatisticsJson {

	/** What {@code resolvedShare} counts, said in the answer itself. */
	static final String RESOLVED_COUNTS = "CONFIRMED_SOLVED_BY_AUTHOR";

	private StatisticsJson() {
	}

	/**
	 * The summary.
	 *
	 * @param resolvedShare appeals closed with the author's confirmation that the problem is solved, over the published
	 * @param resolvedCounts what resolvedShare counts
	 * @param outcomes the published appeals by where they stand (the parts add up to {@code published})
	 * @param overdueShare answered late at least once, or open past the deadline, over the routed
	 */
	@Schema(name = "StatisticsSummary")
	record Summary(long residents, long visitors, long appeals, long published, double resolvedShare,
			@Nullable Double averageAnswerWorkingDays, double overdueShare, long topics, long votesCompleted, long ballots,
			long objects, long works, long ideas, long roadsSuggested, String resolvedCounts, Outcomes outcomes,
			double answeredShare, double answeredOnTimeShare, double answeredWithinLegalShare, @Nullable Double averageRating,
			double reopenedShare, double reroutedShare, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable UUID districtId, @Nullable UUID topicGroupId) {
	}

	/** The published appeals by where they stand; together they are all of them. */
	@Schema(name = "StatisticsOutcomes")
	record Outcomes(long open, long awaitingConfirmation, long confirmedSolved, long notConfirmed, long disputed) {
	}

	@Schema(name = "StatisticsOrganizationRow")
	record OrganizationRow(UUID organizationId, @Nullable String name, long appeals, long answered,
			double answeredOnTimeShare, @Nullable Double averageAnswerWorkingDays, @Nullable Double averageRating,
			double reroutedAwayShare, double reopenedShare, @Nullable UUID parentId, double answeredWithinLegalShare,
			long answeredOnTime, long answeredWithinLegal, long reroutedAway, long reopened, long open, long overdue) {
	}

	@Schema(name = "StatisticsDistrictRow")
	record DistrictRow(UUID districtId, long published) {
	}

	static Summary summary(ru.vmeste.statistics.internal.Summary summary) {
		AppealTotals appeals = summary.appeals();
		var totals = summary.totals();
		return new Summary(totals.residents(), summary.visitors(), appeals.submitted(), appeals.published(),
				appeals.resolvedShare(), appeals.averageAnswerWorkingDays(), appeals.overdueShare(), totals.topics(),
				totals.get(PublicTotals.Total.VOTES_COMPLETED), totals.get(PublicTotals.Total.BALLOTS),
				totals.get(PublicTotals.Total.OBJECTS), totals.get(PublicTotals.Total.WORKS),
				totals.get(PublicTotals.Total.IDEAS), totals.get(PublicTotals.Total.ROADS_SUGGESTED), RESOLVED_COUNTS,
				new Outcomes(appeals.open(), appeals.awaiting(), appeals.confirmed(), appeals.notConfirmed(),
						appeals.disputed()),
				appeals.answeredShare(), appeals.answeredOnTimeShare(), appeals.answeredWithinLegalShare(),
				appeals.averageRating(), appeals.reopenedShare(), appeals.reroutedShare(), summary.filter().from(),
				summary.filter().to(), summary.filter().district(), summary.filter().topicGroup());
	}

	static OrganizationRow organization(OrganizationTotals row, Locale locale) {
		return new OrganizationRow(row.id(), row.organization() == null ? null : row.organization().name().in(locale),
				row.received(), row.answered(), row.answeredOnTimeShare(), row.averageAnswerWorkingDays(),
				row.averageRating(), row.reroutedAwayShare(), row.reopenedShare(),
				row.organization() == null || row.organization().parent() == null ? null
						: row.organization().parent().value(),
				row.answeredWithinLegalShare(), row.answeredOnTime(), row.answeredWithinLegal(), row.reroutedAway(),
				row.reopened(), row.open(), row.overdue());
	}

}
