package ru.vmeste.reports;

import java.time.Instant;

import ru.vmeste.organizations.OrganizationId;

/**
 * An answered appeal is finished ({@link AppealStatus#CLOSED}), with how it ended: confirmed
 * solved, not solved with no reopening left, or not confirmed within the confirmation period.
 *
 * @param organization the organization whose answer closed it
 */
public record AppealClosed(AppealId appeal, long number, AppealStatus status, OrganizationId organization,
		AppealOutcome outcome, Instant at) implements AppealEvent {
}
