package ru.vmeste.organizations;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProductionCalendarTests {

	private final ProductionCalendar calendar = new ProductionCalendar(List.of(
			new CalendarDay(LocalDate.parse("2030-01-01"), CalendarDay.Kind.NON_WORKING, "holiday on a Tuesday"),
			new CalendarDay(LocalDate.parse("2030-01-05"), CalendarDay.Kind.WORKING, "working Saturday"),
			new CalendarDay(LocalDate.parse("2029-12-31"), CalendarDay.Kind.SHORTENED, "shortened Monday")));

	@Test
	void weekendsAreDaysOffAndWeekdaysWorkingUnlessTheCalendarSaysOtherwise() {
		assertThat(calendar.isWorkingDay(LocalDate.parse("2030-01-02"))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2030-01-06"))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2030-01-01"))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2030-01-05"))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2029-12-31"))).isTrue();
	}

	@Test
	void countsWorkingDaysAfterTheStartDay() {
		// Fri 2029-12-28 -> Mon 31 (1), [Tue 1 off] Wed 2 (2), Thu 3 (3), Fri 4 (4), Sat 5 working (5)
		assertThat(calendar.addWorkingDays(LocalDate.parse("2029-12-28"), 5)).isEqualTo("2030-01-05");
		assertThat(calendar.addWorkingDays(LocalDate.parse("2029-12-28"), 0)).isEqualTo("2029-12-28");
	}

	@Test
	void measuresWorkingDaysBetweenTwoDates() {
		assertThat(calendar.workingDaysBetween(LocalDate.parse("2029-12-28"), LocalDate.parse("2030-01-07"))).isEqualTo(6);
		assertThat(calendar.workingDaysBetween(LocalDate.parse("2030-01-07"), LocalDate.parse("2029-12-28"))).isZero();
	}

	@Test
	void refusesNegativeDeadlines() {
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(LocalDate.parse("2030-01-01"), -1));
	}

}
