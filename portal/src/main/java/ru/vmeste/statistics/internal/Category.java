package ru.vmeste.statistics.internal;

import org.jspecify.annotations.Nullable;

/**
 * Where a published appeal stands, as honestly as the portal knows it; the categories do not
 * overlap, so together they make up every published appeal.
 */
enum Category {

	/** Held, in moderation, rejected or merged: never counted among the published. */
	NOT_PUBLISHED,
	/** Published and not answered yet (waiting for routing, routed, in progress). */
	OPEN,
	/** Answered; the author has not said yet whether it is fixed. */
	AWAITING,
	/** Closed: the author confirmed the problem is solved. */
	CONFIRMED,
	/** Closed: the author did not reply within the confirmation period. */
	NOT_CONFIRMED,
	/** The author said "not solved": reopened now, or closed with no reopening left. */
	DISPUTED;

	static Category of(String status, @Nullable String outcome) {
		return switch (status) {
			case "HELD", "MODERATION", "REJECTED", "MERGED" -> NOT_PUBLISHED;
			case "ANSWERED" -> AWAITING;
			case "REOPENED" -> DISPUTED;
			case "CLOSED" -> switch (outcome == null ? "" : outcome) {
				case "SOLVED" -> CONFIRMED;
				case "NOT_SOLVED" -> DISPUTED;
				default -> NOT_CONFIRMED;
			};
			default -> OPEN;
		};
	}

}
