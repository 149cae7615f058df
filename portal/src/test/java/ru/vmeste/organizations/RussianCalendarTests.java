package ru.vmeste.organizations;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production calendar shipped with the portal gives the official answers (government
 * decrees No. 1306 of 2023, No. 1335 of 2024 and No. 1466 of 2025).
 */
@PortalTest
class RussianCalendarTests {

	@Autowired
	WorkCalendar calendar;

	@Test
	void tenWorkingDaysAcrossNewYearAndTheWorkingSaturdayOfDecember2024() {
		// Sat 28 Dec 2024 was a working day (1); 29 Dec 2024 - 8 Jan 2025 were days off; then
		// Thu 9 (2), Fri 10 (3), 13-17 Jan (4-8), Mon 20 (9), Tue 21 (10)
		assertThat(calendar.current().addWorkingDays(LocalDate.parse("2024-12-27"), 10)).isEqualTo("2025-01-21");
	}

	@Test
	void fiveWorkingDaysAcrossTheTwelveDayNewYearBreakOf2026() {
		// 31 Dec 2025 - 11 Jan 2026 were days off
		assertThat(calendar.current().addWorkingDays(LocalDate.parse("2025-12-26"), 5)).isEqualTo("2026-01-14");
	}

	@Test
	void theWorkingSaturdayOfNovember2025Counts() {
		assertThat(calendar.current().addWorkingDays(LocalDate.parse("2025-10-31"), 1)).isEqualTo("2025-11-01");
		assertThat(calendar.current().addWorkingDays(LocalDate.parse("2025-11-01"), 1)).isEqualTo("2025-11-05");
	}

	@Test
	void yearsHaveTheOfficialNumberOfWorkingDays() {
		assertThat(workingDays(2024)).isEqualTo(248);
		assertThat(workingDays(2025)).isEqualTo(247);
		assertThat(workingDays(2026)).isEqualTo(247);
	}

	private long workingDays(int year) {
		return LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1)).filter(calendar.current()::isWorkingDay).count();
	}

}
