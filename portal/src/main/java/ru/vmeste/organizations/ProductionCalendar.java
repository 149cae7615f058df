package ru.vmeste.organizations;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The production calendar (производственный календарь): which dates are working days. Saturdays
 * and Sundays are days off and other days are working days unless the calendar says otherwise
 * (public holidays, days off moved by the government's yearly decree, working Saturdays).
 * Deadlines for appeals are counted in its working days.
 */
public final class ProductionCalendar {

	private static final int MAX_DAYS = 3660;

	private final Map<LocalDate, CalendarDay.Kind> exceptions = new HashMap<>();

	public ProductionCalendar(Collection<CalendarDay> days) {
		days.forEach(day -> exceptions.put(day.date(), day.kind()));
	}

	public boolean isWorkingDay(LocalDate date) {
		CalendarDay.Kind kind = exceptions.get(date);
		if (kind == CalendarDay.Kind.NON_WORKING) {
			return false;
		}
		if (kind == CalendarDay.Kind.WORKING || kind == CalendarDay.Kind.SHORTENED) {
			return true;
		}
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/**
	 * The date {@code days} working days after {@code start}; the start day itself does not
	 * count, as in "answer within 10 working days of receipt".
	 */
	public LocalDate addWorkingDays(LocalDate start, int days) {
		if (days < 0 || days > MAX_DAYS) {
			throw new IllegalArgumentException("Working days out of range: " + days);
		}
		LocalDate date = start;
		int left = days;
		while (left > 0) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				left--;
			}
		}
		return date;
	}

	/** Working days after {@code from} up to and including {@code to}; zero when {@code to} is not later. */
	public long workingDaysBetween(LocalDate from, LocalDate to) {
		if (!to.isAfter(from) || ChronoUnit.DAYS.between(from, to) > MAX_DAYS * 10L) {
			return 0;
		}
		return from.plusDays(1).datesUntil(to.plusDays(1)).filter(this::isWorkingDay).count();
	}

}
