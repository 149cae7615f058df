package ru.vmeste.statistics.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ru.vmeste.shared.DomainException;

/**
 * The intervals of a series; weeks start on Monday (ISO, as PostgreSQL's {@code date_trunc}).
 */
public enum Interval {

	DAY, WEEK, MONTH;

	String sqlUnit() {
		return name().toLowerCase(Locale.ROOT);
	}

	LocalDate startOf(LocalDate day) {
		return switch (this) {
			case DAY -> day;
			case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case MONTH -> day.withDayOfMonth(1);
		};
	}

	LocalDate next(LocalDate start) {
		return switch (this) {
			case DAY -> start.plusDays(1);
			case WEEK -> start.plusWeeks(1);
			case MONTH -> start.plusMonths(1);
		};
	}

	/** The start of every interval touching the period, in order (at most one more than the limit is listed). */
	List<LocalDate> starts(LocalDate from, LocalDate to) {
		List<LocalDate> starts = new ArrayList<>();
		for (LocalDate start = startOf(from); !start.isAfter(to) && starts.size() <= AppealFigures.MAX_POINTS;
				start = next(start)) {
			starts.add(start);
		}
		return starts;
	}

	public static Interval of(String code) {
		for (Interval interval : values()) {
			if (interval.name().equalsIgnoreCase(code)) {
				return interval;
			}
		}
		throw DomainException.invalid("statistics.series.interval");
	}

}
