package ru.vmeste.works.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ru.vmeste.works.Schedule;
import ru.vmeste.works.WorkStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planned and actual bars of the timeline share one axis, which reaches today while works go on.
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

}
