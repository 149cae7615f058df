package ru.vmeste.works.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import ru.vmeste.works.Schedule;
import ru.vmeste.works.WorkStatus;

/**
 * The planned and the actual period of works drawn on one axis, in percent of its length; the
 * axis runs from the earliest start to the latest end (today, while works are open) and is
 * marked with at most {@value #MAX_TICKS} dates: weeks on an axis of up to two months, else
 * months (every second, third… as the length needs), else years.
 *
 * @param actual the actual period; it ends today while the works go on
 * @param today where today is on the axis, if it is on it
 */
record Timeline(LocalDate from, LocalDate to, Bar planned, @Nullable Bar actual, @Nullable Double today) {

	/** At most this many dates mark the axis. */
	static final int MAX_TICKS = 6;

	/** A period on the axis; {@code ongoing} when it has no end yet. */
	record Bar(LocalDate start, LocalDate end, double offset, double width, boolean ongoing) {
	}

	/** A date marked on the axis, e.g. "05.2026", at its place in percent. */
	record Tick(String label, double offset) {
	}

	/** The dates marking the axis, in order. */
	public List<Tick> ticks() {
		long days = Math.max(1, ChronoUnit.DAYS.between(from, to) + 1);
		List<Tick> ticks = new ArrayList<>();
		if (days <= 62) {
			long step = Math.max(7, 7 * (long) Math.ceil(days / 7.0 / MAX_TICKS));
			for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(step)) {
				ticks.add(new Tick(DAY.format(day), percent(from, day, days)));
			}
			return ticks;
		}
		LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
		long months = ChronoUnit.MONTHS.between(firstMonth, to) + 1;
		if (months <= 12 * MAX_TICKS) {
			long step = Math.max(1, (long) Math.ceil(months / (double) MAX_TICKS));
			for (LocalDate month = firstMonth; !month.isAfter(to); month = month.plusMonths(step)) {
				ticks.add(new Tick(MONTH.format(month), percent(from, month, days)));
			}
			return ticks;
		}
		LocalDate firstYear = from.getDayOfYear() == 1 ? from : from.withDayOfYear(1).plusYears(1);
		long years = ChronoUnit.YEARS.between(firstYear, to) + 1;
		long step = Math.max(1, (long) Math.ceil(years / (double) MAX_TICKS));
		for (LocalDate year = firstYear; !year.isAfter(to); year = year.plusYears(step)) {
			ticks.add(new Tick(String.valueOf(year.getYear()), percent(from, year, days)));
		}
		return ticks;
	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM.yyyy");

	static Timeline of(Schedule schedule, WorkStatus status, LocalDate today) {
		LocalDate from = earliest(schedule.plannedStart(), schedule.actualStart());
		LocalDate to = latest(schedule.plannedEnd(), schedule.actualEnd());
		if (status.isOpen()) {
			to = latest(to, today);
		}
		long days = Math.max(1, ChronoUnit.DAYS.between(from, to) + 1);
		Bar planned = bar(from, days, schedule.plannedStart(), schedule.plannedEnd(), false);
		Bar actual = null;
		if (schedule.actualStart() != null) {
			boolean ongoing = schedule.actualEnd() == null;
			LocalDate end = ongoing ? latest(schedule.actualStart(), today) : schedule.actualEnd();
			actual = bar(from, days, schedule.actualStart(), end, ongoing && status.isOpen());
		}
		Double marker = today.isBefore(from) || today.isAfter(to) ? null : percent(from, today, days);
		return new Timeline(from, to, planned, actual, marker);
	}

	private static Bar bar(LocalDate from, long days, LocalDate start, LocalDate end, boolean ongoing) {
		double offset = percent(from, start, days);
		double width = Math.max(1.0, round(100.0 * (ChronoUnit.DAYS.between(start, end) + 1) / days));
		return new Bar(start, end, offset, Math.min(width, 100.0 - offset), ongoing);
	}

	private static double percent(LocalDate from, LocalDate day, long days) {
		return round(100.0 * ChronoUnit.DAYS.between(from, day) / days);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static LocalDate earliest(LocalDate date, @Nullable LocalDate other) {
		return other != null && other.isBefore(date) ? other : date;
	}

	private static LocalDate latest(LocalDate date, @Nullable LocalDate other) {
		return other != null && other.isAfter(date) ? other : date;
	}

}
