package ru.vmeste.reports;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an appeal is in its life. Only published appeals are public; an appeal held, waiting
 * for moderation, rejected or merged into a duplicate is seen by its author (and, but for a
 * held one, moderators) only. Which status may follow which is the life cycle's transition
 * table ({@code reports.internal.AppealTransitions}, drawn in docs/reports.md).
 */
public enum AppealStatus {

	/** Submitted by an account whose e-mail is not confirmed yet: only its author sees it, moderators do not. */
	HELD,
	/** Submitted; moderators check it before anyone else sees it. */
	MODERATION,
	/** Not published; the history says why. */
	REJECTED,
	/** Not published because it reports the same problem as another appeal, which its author now follows. */
	MERGED,
	/** Published; routing has not yet chosen the organization that answers it. */
	PUBLISHED,
	/** Published and sent to the responsible organization, which has not taken it into work yet. */
	ROUTED,
	/** The organization works on it. */
	IN_PROGRESS,
	/** The organization answered; the author is asked whether the problem is solved. */
	ANSWERED,
	/** Finished; the appeal's {@link AppealOutcome} says whether the author confirmed it solved. */
	CLOSED,
	/** The author said the problem was not solved; it is worked on again. */
	REOPENED;

	private static final Set<AppealStatus> PUBLIC = EnumSet.of(PUBLISHED, ROUTED, IN_PROGRESS, ANSWERED, CLOSED, REOPENED);

	private static final Set<AppealStatus> OPEN = EnumSet.of(ROUTED, IN_PROGRESS, REOPENED);

	/** Anyone may see the appeal. */
	public boolean isPublic() {
		return PUBLIC.contains(this);
	}

	/** The responsible organization has it and owes an answer: routed, in progress or reopened. */
	public boolean isOpen() {
		return OPEN.contains(this);
	}

	public static Set<AppealStatus> publicStatuses() {
		return EnumSet.copyOf(PUBLIC);
	}

	public static Set<AppealStatus> openStatuses() {
		return EnumSet.copyOf(OPEN);
	}

}
