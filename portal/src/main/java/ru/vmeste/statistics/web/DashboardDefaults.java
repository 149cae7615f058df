package ru.vmeste.statistics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import ru.vmeste.statistics.internal.AppealFigures;
import ru.vmeste.statistics.internal.Interval;

/**
 * The periods shown when none is asked for: a year by month, 26 weeks by week, 90 days by day,
 * up to today.
 */
@Component
class DashboardDefaults {

	private final Clock clock;

	DashboardDefaults(Clock clock) {
		this.clock = clock;
	}

	java.time.ZoneId zone() {
		return clock.getZone();
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	AppealFigures.Filter seriesFilter(Interval interval, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable UUID district, @Nullable UUID topicGroup) {
		LocalDate end = to == null ? today() : to;
		LocalDate start = from != null ? from : switch (interval) {
			case DAY -> end.minusDays(89);
			case WEEK -> end.minusWeeks(25);
			case MONTH -> end.minusMonths(11).withDayOfMonth(1);
		};
		return new AppealFigures.Filter(start, end, district, topicGroup);
	}

}
