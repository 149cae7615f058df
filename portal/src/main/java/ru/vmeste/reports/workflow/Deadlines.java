package ru.vmeste.reports.workflow;

import java.time.LocalDate;

import ru.vmeste.organizations.ProductionCalendar;
import ru.vmeste.reports.internal.HandlingStore.Dates;

/**
 * Deadlines by the production calendar: the process's working days from the day an appeal
 * reaches an organization (that day not counted), the day to remind the executor, and the
 * legal limit for electronic appeals, 30 calendar days (Federal Law 59-FZ, art. 12), moved to
 * the next working day when it falls on a day off (Civil Code, art. 193).
 */
final class Deadlines {

	public static final int LEGAL_DAYS = 30;

	private Deadlines() {
	}

	public static Dates from(ProductionCalendar calendar, LocalDate start, int totalDays, int remindPercent) {
		int remindAfter = Math.max(1, (int) Math.ceil(totalDays * remindPercent / 100.0));
		return new Dates(calendar.addWorkingDays(start, totalDays),
				calendar.addWorkingDays(start, Math.min(remindAfter, totalDays)), legal(calendar, start));
	}

	public static LocalDate legal(ProductionCalendar calendar, LocalDate start) {
		LocalDate limit = start.plusDays(LEGAL_DAYS);
		while (!calendar.isWorkingDay(limit)) {
			limit = limit.plusDays(1);
		}
		return limit;
	}

	/** A date moved on by the working days a pause lasted (from the day after it began to the day it ended). */
	public static LocalDate afterPause(ProductionCalendar calendar, LocalDate date, LocalDate pausedSince,
			LocalDate resumedOn) {
		return calendar.addWorkingDays(date, (int) calendar.workingDaysBetween(pausedSince, resumedOn));
	}

}
