package ru.vmeste.statistics.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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

	private final FiguresCache cache;

	Summaries(AppealFigures appeals, Visitors visitors, PortalTotals totals, Clock clock, FiguresCache cache) {
		this.appeals = appeals;
		this.visitors = visitors;
		this.totals = totals;
		this.clock = clock;
		this.cache = cache;
	}

	public Summary summary(AppealFigures.Filter filter) {
		LocalDate today = LocalDate.now(clock);
		LocalDate from = filter.from() == null ? Period.EARLIEST : filter.from();
		LocalDate to = filter.to() == null || filter.to().isAfter(today) ? today : filter.to();
		long visited = cache.get("visitors", List.of(from, to), () -> visitors.count(from, to));
		return new Summary(filter, appeals.totals(filter), visited, totals.current());
	}

}
