package ru.vmeste.works;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ru.vmeste.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Lateness from the planned dates: what residents see as "overdue", "start delayed" or
 * "completed late", and what the overdue filter finds.
 */
class ScheduleTests {

	private static final LocalDate START = LocalDate.of(2026, 5, 1);

	private static final LocalDate END = LocalDate.of(2026, 8, 31);

	private final Schedule planned = Schedule.planned(START, END);

	private final Schedule started = new Schedule(START, END, START.plusDays(3), null);

	@Test
	void worksNotCompletedAfterThePlannedEndAreOverdueByTheDaysSince() {
		LocalDate today = END.plusDays(12);
		for (WorkStatus open : new WorkStatus[] { WorkStatus.PLANNED, WorkStatus.CONTRACTING, WorkStatus.IN_PROGRESS }) {
			assertThat(started.timeliness(open, today)).as(open.name()).isEqualTo(Timeliness.OVERDUE);
			assertThat(started.isOverdue(open, today)).isTrue();
			assertThat(started.daysLate(open, today)).isEqualTo(12);
		}
	}

	@Test
	void thePlannedEndDayItselfIsStillOnTime() {
		assertThat(started.timeliness(WorkStatus.IN_PROGRESS, END)).isEqualTo(Timeliness.ON_SCHEDULE);
		assertThat(started.timeliness(WorkStatus.IN_PROGRESS, END.plusDays(1))).isEqualTo(Timeliness.OVERDUE);
	}

	@Test
	void aSuspensionDoesNotStopTheClockNorIsLatenessByItself() {
		assertThat(started.timeliness(WorkStatus.SUSPENDED, END.minusDays(10))).isEqualTo(Timeliness.ON_SCHEDULE);
		assertThat(started.isOverdue(WorkStatus.SUSPENDED, END.minusDays(10))).isFalse();
		assertThat(started.timeliness(WorkStatus.SUSPENDED, END.plusDays(5))).isEqualTo(Timeliness.OVERDUE);
		assertThat(started.daysLate(WorkStatus.SUSPENDED, END.plusDays(5))).isEqualTo(5);
	}

	@Test
	void cancelledWorksAreNeverOverdue() {
		assertThat(planned.timeliness(WorkStatus.CANCELLED, END.plusYears(1))).isEqualTo(Timeliness.CANCELLED);
		assertThat(planned.isOverdue(WorkStatus.CANCELLED, END.plusYears(1))).isFalse();
		assertThat(planned.daysLate(WorkStatus.CANCELLED, END.plusYears(1))).isZero();
	}

	@Test
	void completedWorksAreNotOverdueButMayHaveBeenLate() {
		Schedule late = new Schedule(START, END, START, END.plusDays(9));
		Schedule onTime = new Schedule(START, END, START, END);
		for (WorkStatus done : new WorkStatus[] { WorkStatus.COMPLETED, WorkStatus.ACCEPTED }) {
			assertThat(late.isOverdue(done, END.plusMonths(2))).isFalse();
			assertThat(late.timeliness(done, END.plusMonths(2))).isEqualTo(Timeliness.COMPLETED_LATE);
			assertThat(late.daysLate(done, END.plusMonths(2))).isEqualTo(9);
			assertThat(onTime.timeliness(done, END.plusMonths(2))).isEqualTo(Timeliness.COMPLETED_ON_TIME);
		}
	}

	@Test
	void aStartThatDidNotHappenIsDelayedUntilTheEndMakesItOverdue() {
		assertThat(planned.timeliness(WorkStatus.PLANNED, START)).isEqualTo(Timeliness.ON_SCHEDULE);
		assertThat(planned.timeliness(WorkStatus.CONTRACTING, START.plusDays(4))).isEqualTo(Timeliness.START_DELAYED);
		assertThat(planned.daysLate(WorkStatus.CONTRACTING, START.plusDays(4))).isEqualTo(4);
		assertThat(planned.isOverdue(WorkStatus.CONTRACTING, START.plusDays(4))).isFalse();
		assertThat(started.timeliness(WorkStatus.IN_PROGRESS, START.plusDays(4))).isEqualTo(Timeliness.ON_SCHEDULE);
	}

	@Test
	void refusesAnEndBeforeTheStart() {
		assertThatThrownBy(() -> Schedule.planned(END, START)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.messageCode()).isEqualTo("works.dates.end-before-start"));
		assertThatThrownBy(() -> new Schedule(START, END, START.plusDays(5), START)).isInstanceOf(DomainException.class);
	}

}
