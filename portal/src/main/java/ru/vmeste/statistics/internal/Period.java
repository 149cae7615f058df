package ru.vmeste.statistics.internal;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A range of days split the way the rollups answer it fastest: the whole months inside it from
 * the month rows, the days at its ends from the day rows. Open ends reach the rollups' ends.
 *
 * @param months first days of the first and last whole month, or null when none is whole
 * @param dayRanges the days outside those months (at most two ranges)
 */
record Period(LocalDate from, LocalDate to, LocalDate @Nullable [] months, List<LocalDate[]> dayRanges) {

	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

	static Period of(@Nullable LocalDate from, @Nullable LocalDate to) {
		LocalDate start = from == null ? EARLIEST : from;
		LocalDate end = to == null ? LATEST : to;
		LocalDate firstWhole = start.getDayOfMonth() == 1 ? start : start.with(TemporalAdjusters.firstDayOfNextMonth());
		LocalDate lastWholeEnd = end.equals(end.with(TemporalAdjusters.lastDayOfMonth())) ? end
				: end.withDayOfMonth(1).minusDays(1);
		List<LocalDate[]> days = new ArrayList<>();
		if (!firstWhole.isAfter(lastWholeEnd)) {
			if (start.isBefore(firstWhole)) {
				days.add(new LocalDate[] { start, firstWhole.minusDays(1) });
			}
			if (end.isAfter(lastWholeEnd)) {
				days.add(new LocalDate[] { lastWholeEnd.plusDays(1), end });
			}
			return new Period(start, end, new LocalDate[] { firstWhole, lastWholeEnd.withDayOfMonth(1) }, days);
		}
		if (!start.isAfter(end)) {
			days.add(new LocalDate[] { start, end });
		}
		return new Period(start, end, null, days);
	}

}
