package ru.vmeste.statistics.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;

/**
 * Puts the summary together (the dashboard's and {@code GET /api/v1/statistics/summary}'s).
 */
@Service
public class Summaries {

	private final AppealFigures appeals;

	private final Visitors visitors;

	private final PortalTotals totals;

	private final Clock clock;

	Summaries(AppealFigures appeals, Visitors visitors, PortalTotals totals, Clock clock) {
		this.appeals = appeals;
		this.visitors = visitors;
		this.totals = totals;
		this.clock = clock;
	}

	public Summary summary(AppealFigures.Filter filter) {
		LocalDate today = LocalDate.now(clock);
		LocalDate from = filter.from() == null ? Period.EARLIEST : filter.from();
		LocalDate to = filter.to() == null || filter.to().isAfter(today) ? today : filter.to();
		return new Summary(filter, appeals.totals(filter), visitors.count(from, to), totals.current());
	}

}
