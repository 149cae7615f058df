package ru.vmeste.ideas;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an idea is in its life. An idea moves only along the allowed transitions:
 * moderation publishes it, supports carry it over its threshold (once reached, it stays
 * reached), an expert finds it feasible or not, a vote selects it or not, and works make it
 * done. A topic idea is done once its topic is in the catalog.
 */
public enum IdeaStatus {

	/** Waiting for a moderator; only its author sees it. */
	MODERATION,
	/** Public; residents support it. */
	PUBLISHED,
	/** Enough residents support it: experts review it. */
	THRESHOLD_REACHED,
	/** An expert found it feasible and estimated its cost. */
	FEASIBLE,
	/** An expert found it not feasible; the public note says why. */
	NOT_FEASIBLE,
	/** It is an option of the campaign's vote. */
	ON_BALLOT,
	/** The vote selected it. */
	SELECTED,
	/** The vote did not select it. */
	NOT_SELECTED,
	/** Works carry it out. */
	IN_WORK,
	/** Carried out (a topic: accepted into the catalog). */
	DONE,
	/** It said the same as another idea and joined it. */
	MERGED,
	/** A moderator did not publish it. */
	REJECTED;

	private static final Map<IdeaStatus, Set<IdeaStatus>> NEXT = Map.ofEntries(
			Map.entry(MODERATION, EnumSet.of(PUBLISHED, REJECTED, MERGED)),
			Map.entry(PUBLISHED, EnumSet.of(THRESHOLD_REACHED, MERGED, DONE)),
			Map.entry(THRESHOLD_REACHED, EnumSet.of(FEASIBLE, NOT_FEASIBLE, MERGED, DONE)),
			Map.entry(FEASIBLE, EnumSet.of(NOT_FEASIBLE, ON_BALLOT, IN_WORK, DONE)),
			Map.entry(NOT_FEASIBLE, EnumSet.of(FEASIBLE)), Map.entry(ON_BALLOT, EnumSet.of(SELECTED, NOT_SELECTED)),
			Map.entry(SELECTED, EnumSet.of(IN_WORK)), Map.entry(NOT_SELECTED, EnumSet.noneOf(IdeaStatus.class)),
			Map.entry(IN_WORK, EnumSet.of(DONE)), Map.entry(DONE, EnumSet.noneOf(IdeaStatus.class)),
			Map.entry(MERGED, EnumSet.noneOf(IdeaStatus.class)), Map.entry(REJECTED, EnumSet.noneOf(IdeaStatus.class)));

	public boolean canMoveTo(IdeaStatus next) {
		return NEXT.get(this).contains(next);
	}

	/** Everyone may see it (its author and moderators see it in moderation too). */
	public boolean isPublic() {
		return this != MODERATION && this != REJECTED;
	}

	/** Residents may support it, or take their support back (the campaign's phase decides too). */
	public boolean acceptsSupports() {
		return this == PUBLISHED || this == THRESHOLD_REACHED;
	}

	/** An expert may decide on it (again, while the campaign is in review). */
	public boolean isReviewable() {
		return this == THRESHOLD_REACHED || this == FEASIBLE || this == NOT_FEASIBLE;
	}

	/** Another idea may be merged into it. */
	public boolean acceptsMerges() {
		return this == PUBLISHED || this == THRESHOLD_REACHED;
	}

	/** Counted as a living proposal: shown among similar ideas and on the map by default. */
	public boolean isActive() {
		return isPublic() && this != MERGED;
	}

}
