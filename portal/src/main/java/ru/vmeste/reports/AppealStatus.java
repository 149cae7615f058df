package ru.vmeste.reports;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an appeal is in its life. Only published appeals are public; an appeal waiting for
 * moderation, rejected or merged into a duplicate is seen by its author and moderators only.
 */
public enum AppealStatus {

	/** Submitted; moderators check it before anyone else sees it. */
	MODERATION,
	/** Not published; the history says why. */
	REJECTED,
	/** Not published because it reports the same problem as another appeal, which its author now follows. */
	MERGED,
	/** Published and sent to the responsible organization (or waiting to be, while none is set). */
	ROUTED,
	/** The organization works on it. */
	IN_PROGRESS,
	/** The organization answered. */
	ANSWERED,
	/** Resolved. */
	CLOSED,
	/** The author said the problem was not solved; it is worked on again. */
	REOPENED;

	private static final Map<AppealStatus, Set<AppealStatus>> NEXT = Map.of(MODERATION, EnumSet.of(ROUTED, REJECTED, MERGED),
			ROUTED, EnumSet.of(ROUTED, IN_PROGRESS, ANSWERED), IN_PROGRESS, EnumSet.of(ROUTED, ANSWERED), ANSWERED,
			EnumSet.of(CLOSED, REOPENED), REOPENED, EnumSet.of(ROUTED, IN_PROGRESS, ANSWERED), REJECTED,
			EnumSet.noneOf(AppealStatus.class), MERGED, EnumSet.noneOf(AppealStatus.class), CLOSED,
			EnumSet.noneOf(AppealStatus.class));

	private static final Set<AppealStatus> PUBLIC = EnumSet.of(ROUTED, IN_PROGRESS, ANSWERED, CLOSED, REOPENED);

	public boolean isPublic() {
		return PUBLIC.contains(this);
	}

	public boolean canMoveTo(AppealStatus next) {
		return NEXT.get(this).contains(next);
	}

	public static Set<AppealStatus> publicStatuses() {
		return EnumSet.copyOf(PUBLIC);
	}

}
