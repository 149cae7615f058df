package ru.vmeste.reports.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.AppealId;

/**
 * How an appeal is being handled: where routing sent it and under which decision, the process
 * version it follows and its stage, the executor, the deadlines and whether the clock is paused.
 *
 * @param deadline the answer is due by the end of this day (working days of the process)
 * @param legalDeadline the legal limit of 30 calendar days for electronic appeals (59-FZ)
 * @param remindOn the day the executor is reminded (a share of the deadline, 75 % by default)
 * @param pausedSince the day the resident was asked for more information, while the answer is awaited
 */
public record Handling(AppealId appeal, @Nullable OrganizationId organization, @Nullable Long decision,
		boolean needsManualRouting, @Nullable UUID processVersion, @Nullable Integer stage,
		@Nullable LocalDate deadline, @Nullable LocalDate stageDeadline, @Nullable LocalDate legalDeadline,
		@Nullable LocalDate remindOn, @Nullable LocalDate pausedSince, @Nullable UserId assignee, int reopenCount) {

	/** How a new appeal is handled: not yet at all (what its row holds before routing). */
	public static Handling none(AppealId appeal) {
		return new Handling(appeal, null, null, false, null, null, null, null, null, null, null, null, 0);
	}

	public boolean isRouted() {
		return decision != null;
	}

	public boolean isPaused() {
		return pausedSince != null;
	}

	public boolean isOverdue(LocalDate today) {
		return deadline != null && deadline.isBefore(today);
	}

}
