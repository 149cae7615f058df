package ru.vmeste.reports.workflow;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import ru.vmeste.organizations.CalendarDay;
import ru.vmeste.organizations.ProductionCalendar;
import ru.vmeste.reports.internal.HandlingStore.Dates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deadlines of appeals in working days of the production calendar, the reminder day, the legal
 * 30-day limit and pauses (the full official calendars are checked in {@code RussianCalendarTests}).
 */
class DeadlinesTests {

	/** The New Year break of 2026 (1–11 January) and the Saturday worked before it in 2025 (1 November). */
	final ProductionCalendar calendar = new ProductionCalendar(Stream.concat(
			LocalDate.parse("2025-12-31").datesUntil(LocalDate.parse("2026-01-12"))
				.map(day -> new CalendarDay(day, CalendarDay.Kind.NON_WORKING, "New Year")),
			Stream.of(new CalendarDay(LocalDate.parse("2025-11-01"), CalendarDay.Kind.WORKING, "moved from 3 November"),
					new CalendarDay(LocalDate.parse("2025-11-03"), CalendarDay.Kind.NON_WORKING, "moved"),
					new CalendarDay(LocalDate.parse("2025-11-04"), CalendarDay.Kind.NON_WORKING, "Unity Day")))
		.toList());

	@Test
	void tenWorkingDaysAcrossTheNewYearBreak() {
		// 26 Dec 2025 (Fri): 29, 30 Dec (2); 31 Dec - 11 Jan off; 12-16 Jan (7); 19, 20, 21 Jan (10)
		Dates dates = Deadlines.from(calendar, LocalDate.parse("2025-12-26"), 10, 75);

		assertThat(dates.deadline()).isEqualTo("2026-01-21");
		// 75 % of 10 is the 8th working day
		assertThat(dates.remindOn()).isEqualTo("2026-01-19");
	}

	@Test
	void countsTheWorkingSaturdayAndSkipsTheDaysOffOfNovember() {
		// 31 Oct 2025 (Fri): Sat 1 Nov works (1); 3-4 Nov off; 5, 6, 7 Nov (4)
		assertThat(Deadlines.from(calendar, LocalDate.parse("2025-10-31"), 4, 75).deadline()).isEqualTo("2025-11-07");
	}

	@Test
	void theLegalLimitIsThirtyCalendarDaysMovedOffDaysOff() {
		assertThat(Deadlines.legal(calendar, LocalDate.parse("2026-02-02"))).isEqualTo("2026-03-04");
		// 5 Dec 2025 + 30 days is Sun 4 Jan 2026, inside the break: the next working day is 12 January
		assertThat(Deadlines.legal(calendar, LocalDate.parse("2025-12-05"))).isEqualTo("2026-01-12");
	}

	@Test
	void aPauseMovesADeadlineOnByItsWorkingDays() {
		// asked on Mon 2 Feb, answered on Thu 5 Feb: 3, 4, 5 Feb were paused
		assertThat(Deadlines.afterPause(calendar, LocalDate.parse("2026-02-13"), LocalDate.parse("2026-02-02"),
				LocalDate.parse("2026-02-05"))).isEqualTo("2026-02-18");
		// a pause over the weekend alone changes nothing
		assertThat(Deadlines.afterPause(calendar, LocalDate.parse("2026-02-13"), LocalDate.parse("2026-02-06"),
				LocalDate.parse("2026-02-08"))).isEqualTo("2026-02-13");
	}

	@Test
	void aOneDayProcessIsRemindedOnItsOnlyDay() {
		Dates dates = Deadlines.from(calendar, LocalDate.parse("2026-02-02"), 1, 75);

		assertThat(dates.remindOn()).isEqualTo(dates.deadline()).isEqualTo("2026-02-03");
		assertThat(dates.legalDeadline()).isEqualTo("2026-03-04");
	}

}
