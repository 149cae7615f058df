package ru.vmeste.statistics.internal;

/**
 * The public summary: the appeal figures of a period and filters, the period's visitors, and
 * the portal's running totals.
 */
public record Summary(AppealFigures.Filter filter, AppealTotals appeals, long visitors, PortalTotals.Snapshot totals) {
}
