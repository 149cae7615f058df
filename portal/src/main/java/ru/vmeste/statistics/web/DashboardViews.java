package ru.vmeste.statistics.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import ru.vmeste.reports.Topic;
import ru.vmeste.reports.Topics;
import ru.vmeste.shared.web.FilterChoice;
import ru.vmeste.statistics.internal.AppealFigures;
import ru.vmeste.statistics.internal.AppealTotals;
import ru.vmeste.statistics.internal.Interval;
import ru.vmeste.statistics.internal.Metric;
import ru.vmeste.statistics.internal.OrganizationFigures;
import ru.vmeste.statistics.internal.OrganizationTotals;
import ru.vmeste.statistics.internal.RankingOrder;
import ru.vmeste.territory.District;
import ru.vmeste.territory.Territory;

/**
 * The dashboard's tables, one source for the page and for its CSV downloads, so a download
 * holds exactly the numbers the page shows. Shares are percentages with one decimal.
 */
@Component
class DashboardViews {

	/** The published appeals by where they stand, in the order the page tells them. */
	static final List<String> OUTCOMES = List.of("open", "awaiting", "confirmed", "not-confirmed", "disputed");

	private final AppealFigures appeals;

	private final OrganizationFigures organizations;

	private final Territory territory;

	private final Topics topics;

	DashboardViews(AppealFigures appeals, OrganizationFigures organizations, Territory territory, Topics topics) {
		this.appeals = appeals;
		this.organizations = organizations;
		this.territory = territory;
		this.topics = topics;
	}

	/** One interval of the chart of appeals over time. */
	record TimelineView(LocalDate start, String label, long appeals, long published, long answered, long resolved,
			long notConfirmed) {
	}

	/** Published appeals of a district. */
	record DistrictView(UUID id, String name, long published, BigDecimal percent) {
	}

	/** A part of the published appeals by where they stand. */
	record OutcomeView(String key, long appeals, BigDecimal percent) {
	}

	/** A row of the organizations' ranking. */
	record OrganizationView(UUID id, String name, boolean department, long appeals, long answered,
			BigDecimal answeredOnTimePercent, BigDecimal answeredWithinLegalPercent, @Nullable Double averageAnswerWorkingDays,
			@Nullable Double averageRating, BigDecimal reroutedAwayPercent, BigDecimal reopenedPercent, long open,
			long overdue) {
	}

	List<TimelineView> timeline(DashboardFilters filters) {
		return appeals.timeline(filters.interval(), filters.filter())
			.stream()
			.map(row -> new TimelineView(row.start(), label(row.start(), filters.interval()), row.get(Metric.APPEALS),
					row.get(Metric.PUBLISHED), row.get(Metric.ANSWERED), row.get(Metric.RESOLVED),
					row.get(Metric.NOT_CONFIRMED)))
			.toList();
	}

	List<OutcomeView> outcomes(AppealTotals totals) {
		long[] counts = { totals.open(), totals.awaiting(), totals.confirmed(), totals.notConfirmed(), totals.disputed() };
		List<OutcomeView> views = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			views.add(new OutcomeView(OUTCOMES.get(i), counts[i], percent(counts[i], totals.published())));
		}
		return views;
	}

	List<DistrictView> districts(DashboardFilters filters, Locale locale) {
		Map<UUID, Long> published = appeals.publishedByDistrict(
				new AppealFigures.Filter(filters.from(), filters.to(), null, filters.topicGroupId()));
		long total = published.values().stream().mapToLong(Long::longValue).sum();
		return territory.districts()
			.stream()
			.map(district -> new DistrictView(district.id().value(), district.name().in(locale),
					published.getOrDefault(district.id().value(), 0L),
					percent(published.getOrDefault(district.id().value(), 0L), total)))
			.toList();
	}

	List<OrganizationView> ranking(@Nullable LocalDate from, @Nullable LocalDate to, boolean departments,
			RankingOrder order, Locale locale) {
		return organizations.ranking(from, to, departments, order).stream().map(row -> organization(row, locale)).toList();
	}

	OrganizationView organization(OrganizationTotals row, Locale locale) {
		return new OrganizationView(row.id(), row.organization() == null ? row.id().toString()
				: row.organization().name().in(locale), row.organization() != null && row.organization().parent() != null,
				row.received(), row.answered(), percent(row.answeredOnTimeShare()),
				percent(row.answeredWithinLegalShare()), row.averageAnswerWorkingDays(), row.averageRating(),
				percent(row.reroutedAwayShare()), percent(row.reopenedShare()), row.open(), row.overdue());
	}

	List<FilterChoice> districtChoices(Locale locale) {
		return territory.districts().stream().map(district -> FilterChoice.named(district.id().value(),
				district.name().in(locale))).toList();
	}

	List<FilterChoice> topicGroupChoices(Locale locale) {
		return topics.all().stream().filter(Topic::isGroup).map(group -> FilterChoice.named(group.id().value(),
				group.name().in(locale))).toList();
	}

	@Nullable String districtName(@Nullable UUID id, Locale locale) {
		return id == null ? null : territory.districts().stream().filter(district -> district.id().value().equals(id))
			.map(District::name).map(name -> name.in(locale)).findFirst().orElse(null);
	}

	static String label(LocalDate start, Interval interval) {
		return interval == Interval.MONTH ? start.toString().substring(0, 7) : start.toString();
	}

	static BigDecimal percent(long part, long whole) {
		return whole == 0 ? BigDecimal.ZERO.setScale(1)
				: BigDecimal.valueOf(part * 100.0 / whole).setScale(1, RoundingMode.HALF_UP);
	}

	static BigDecimal percent(double share) {
		return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP);
	}

}
