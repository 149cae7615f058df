package ru.vmeste.ideas;

/** What a resident proposes. */
public enum IdeaKind {

	/** A free proposal: anything that would make the city better. */
	IDEA,
	/** A new problem topic for the Inform catalog; an administrator accepts it into the catalog. */
	TOPIC,
	/** A road stretch to repair, drawn as a line on the map. */
	ROAD,
	/** A participatory-budget project with a place and a cost. */
	PROJECT;

	/** Whether an idea of this kind must say where it is. */
	public boolean needsPoint() {
		return this == PROJECT;
	}

	/** Whether an idea of this kind is a line on the map (and its point is the line's middle). */
	public boolean needsLine() {
		return this == ROAD;
	}

}
