package ru.vmeste.ideas.internal;

/** What a history row of an idea records; its public label is {@code ideas.change.<name>}. */
public enum IdeaChange {

	PROPOSED, PUBLISHED, TEXT_EDITED, REJECTED, MERGED, MERGED_IN, THRESHOLD_REACHED, REVIEWED, ON_BALLOT, SELECTED,
	NOT_SELECTED, IN_WORK, DONE, TOPIC_ACCEPTED

}
