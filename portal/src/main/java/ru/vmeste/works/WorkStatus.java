package ru.vmeste.works;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where works are in their life. Works go forward only along the allowed transitions; a
 * suspension, a cancellation and a return of completed works into progress need a reason.
 */
public enum WorkStatus {

	/** Planned in a program; no contract yet. */
	PLANNED,
	/** The contractor is being chosen (procurement). */
	CONTRACTING,
	/** The contractor works on site. */
	IN_PROGRESS,
	/** Stopped for a while; the reason says why. */
	SUSPENDED,
	/** The contractor finished; the customer has not accepted the result yet. */
	COMPLETED,
	/** The customer accepted the result: the works are closed. */
	ACCEPTED,
	/** Will not be done; the reason says why. */
	CANCELLED;

	private static final Map<WorkStatus, Set<WorkStatus>> NEXT = Map.of(PLANNED,
			EnumSet.of(CONTRACTING, IN_PROGRESS, CANCELLED), CONTRACTING, EnumSet.of(PLANNED, IN_PROGRESS, CANCELLED),
			IN_PROGRESS, EnumSet.of(SUSPENDED, COMPLETED, CANCELLED), SUSPENDED, EnumSet.of(IN_PROGRESS, CANCELLED),
			COMPLETED, EnumSet.of(ACCEPTED, IN_PROGRESS), ACCEPTED, EnumSet.noneOf(WorkStatus.class), CANCELLED,
			EnumSet.noneOf(WorkStatus.class));

	public boolean canMoveTo(WorkStatus next) {
		return NEXT.get(this).contains(next);
	}

	/** The statuses works in this status may move to. */
	public Set<WorkStatus> next() {
		EnumSet<WorkStatus> next = EnumSet.noneOf(WorkStatus.class);
		next.addAll(NEXT.get(this));
		return next;
	}

	/** Whether moving to the next status must be explained, e.g. why the works stopped. */
	public boolean needsReasonToMoveTo(WorkStatus next) {
		return next == SUSPENDED || next == CANCELLED || this == COMPLETED && next == IN_PROGRESS;
	}

	/** Not yet finished and not cancelled: the planned dates still bind. */
	public boolean isOpen() {
		return this == PLANNED || this == CONTRACTING || this == IN_PROGRESS || this == SUSPENDED;
	}

	/** The contractor finished (accepted or not): residents may rate the result. */
	public boolean isDone() {
		return this == COMPLETED || this == ACCEPTED;
	}

	/** Nothing about the works changes any more, except that documents and photos may be added. */
	public boolean isClosed() {
		return this == ACCEPTED || this == CANCELLED;
	}

}
