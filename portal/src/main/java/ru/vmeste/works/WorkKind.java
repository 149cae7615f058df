package ru.vmeste.works;

/** What sort of works they are. */
public enum WorkKind {

	/** Bringing something back into shape: a road's surface, a roof. */
	REPAIR,
	/** Building something new or rebuilding it. */
	CONSTRUCTION,
	/** Making a place better to live in: yards, squares, playgrounds, greenery. */
	IMPROVEMENT,
	/** Regular upkeep: cleaning, markings, mowing. */
	MAINTENANCE

}
