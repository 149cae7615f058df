package ru.vmeste.reports;

import java.time.Instant;
import java.time.LocalDate;

import ru.vmeste.organizations.OrganizationId;

/**
 * The author said the answered problem is not solved and a reopening was left: the same
 * organization works on it again ({@link AppealStatus#REOPENED}) under a new deadline.
 *
 * @param deadline the new answer is due by the end of this day
 */
public record AppealReopened(AppealId appeal, long number, AppealStatus status, OrganizationId organization,
		LocalDate deadline, Instant at) implements AppealEvent {
}
