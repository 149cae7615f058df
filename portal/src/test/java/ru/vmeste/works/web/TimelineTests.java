package ru.vmeste.works.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ru.vmeste.works.Schedule;
import ru.vmeste.works.WorkStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planned and actual bars of the timeline share one axis, which reaches today while works go on
 * and is marked with a few dates in a unit that suits its length.
 */
class TimelineTests {

	private static final LocalDate START = LocalDate.of(2026, 1, 1);

	@Test
	void anOverdueWorkStretchesTheAxisToTodayAndItsActualBarIsOngoing() {
		Schedule schedule = new Schedule(START, START.plusDays(99), START.plusDays(10), null);
		Timeline timeline = Timeline.of(schedule, WorkStatus.IN_PROGRESS, START.plusDays(199));
		assertThat(timeline.to()).isEqualTo(START.plusDays(199));
		assertThat(timeline.planned().offset()).isZero();
		assertThat(timeline.planned().width()).isEqualTo(50.0);
		assertThat(timeline.actual()).isNotNull();
		assertThat(timeline.actual().ongoing()).isTrue();
		assertThat(timeline.actual().offset()).isEqualTo(5.0);
		assertThat(timeline.actual().offset() + timeline.actual().width()).isEqualTo(100.0);
		assertThat(timeline.today()).isEqualTo(99.5);
	}

	@Test
	void finishedWorksEndTheAxisAtTheirLastDate() {
		Schedule schedule = new Schedule(START, START.plusDays(49), START, START.plusDays(99));
		Timeline timeline = Timeline.of(schedule, WorkStatus.COMPLETED, START.plusYears(1));
		assertThat(timeline.to()).isEqualTo(START.plusDays(99));
		assertThat(timeline.planned().width()).isEqualTo(50.0);
		assertThat(timeline.actual().width()).isEqualTo(100.0);
		assertThat(timeline.actual().ongoing()).isFalse();
		assertThat(timeline.today()).isNull();
	}

	@Test
	void plannedWorksHaveNoActualBar() {
		Timeline timeline = Timeline.of(Schedule.planned(START, START.plusDays(9)), WorkStatus.PLANNED, START.minusDays(5));
		assertThat(timeline.actual()).isNull();
		assertThat(timeline.planned().width()).isEqualTo(100.0);
	}

	@Test
	void theAxisIsMarkedByWeeksMonthsOrYearsAsItsLengthNeeds() {
		Timeline weeks = Timeline.of(new Schedule(START, START.plusDays(27), null, null), WorkStatus.PLANNED, START);
		assertThat(weeks.ticks()).extracting(Timeline.Tick::label).containsExactly("01.01", "08.01", "15.01", "22.01");
		assertThat(weeks.ticks()).extracting(Timeline.Tick::offset).containsExactly(0.0, 25.0, 50.0, 75.0);

		Timeline months = Timeline.of(new Schedule(START.plusDays(9), START.plusDays(99), null, null), WorkStatus.PLANNED,
				START);
		assertThat(months.ticks()).extracting(Timeline.Tick::label).containsExactly("02.2026", "03.2026", "04.2026");

		Timeline longer = Timeline.of(new Schedule(START, LocalDate.of(2027, 12, 31), null, null), WorkStatus.PLANNED, START);
		assertThat(longer.ticks()).extracting(Timeline.Tick::label)
			.containsExactly("01.2026", "05.2026", "09.2026", "01.2027", "05.2027", "09.2027");
		assertThat(longer.ticks()).hasSizeLessThanOrEqualTo(Timeline.MAX_TICKS);

		Timeline years = Timeline.of(new Schedule(START, LocalDate.of(2033, 6, 30), null, null), WorkStatus.PLANNED, START);
		assertThat(years.ticks()).extracting(Timeline.Tick::label).containsExactly("2026", "2028", "2030", "2032");
	}

}
