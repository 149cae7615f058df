package ru.vmeste.reports.internal;

import java.time.Instant;

import ru.vmeste.reports.AppealId;

/**
 * Routes a published appeal now, in the caller's transaction (as routing does after each
 * publication): a port {@code reports.routing} fills, for the demo's appeals.
 */
public interface AppealRouting {

	void route(AppealId appeal, Instant at);

}
