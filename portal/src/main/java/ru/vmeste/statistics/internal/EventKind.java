package ru.vmeste.statistics.internal;

/**
 * The kinds of appeal events the statistics take in, in the order the life cycle makes them
 * within one instant (a rating and the closing it causes share their time).
 */
enum EventKind {

	SUBMITTED, RELEASED, PUBLISHED, REJECTED, MERGED, ROUTED, ASSIGNED, TAKEN, INFO_REQUESTED, INFO_PROVIDED,
	ANSWERED, RATED, REOPENED, CLOSED

}
