package ru.vmeste.works;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

import ru.vmeste.shared.DomainException;

/**
 * The planned and actual dates of works. Lateness is computed from the planned dates, the
 * status and today's date; a suspension does not stop the clock.
 */
public record Schedule(LocalDate plannedStart, LocalDate plannedEnd, @Nullable LocalDate actualStart,
		@Nullable LocalDate actualEnd) {

	public Schedule {
		if (plannedEnd.isBefore(plannedStart)) {
			throw DomainException.invalid("works.dates.end-before-start");
		}
		if (actualStart != null && actualEnd != null && actualEnd.isBefore(actualStart)) {
			throw DomainException.invalid("works.dates.actual-end-before-start");
		}
	}

	public static Schedule planned(LocalDate start, LocalDate end) {
		return new Schedule(start, end, null, null);
	}

	public Timeliness timeliness(WorkStatus status, LocalDate today) {
		if (status == WorkStatus.CANCELLED) {
			return Timeliness.CANCELLED;
		}
		if (status.isDone()) {
			return actualEnd != null && actualEnd.isAfter(plannedEnd) ? Timeliness.COMPLETED_LATE
					: Timeliness.COMPLETED_ON_TIME;
		}
		if (today.isAfter(plannedEnd)) {
			return Timeliness.OVERDUE;
		}
		boolean notStarted = status == WorkStatus.PLANNED || status == WorkStatus.CONTRACTING;
		return notStarted && today.isAfter(plannedStart) ? Timeliness.START_DELAYED : Timeliness.ON_SCHEDULE;
	}

	public boolean isOverdue(WorkStatus status, LocalDate today) {
		return timeliness(status, today) == Timeliness.OVERDUE;
	}

	/** How many days late the works are (or were, when completed late); 0 when not late. */
	public long daysLate(WorkStatus status, LocalDate today) {
		return switch (timeliness(status, today)) {
			case OVERDUE -> ChronoUnit.DAYS.between(plannedEnd, today);
			case START_DELAYED -> ChronoUnit.DAYS.between(plannedStart, today);
			case COMPLETED_LATE -> ChronoUnit.DAYS.between(plannedEnd, actualEnd);
			default -> 0;
		};
	}

}
