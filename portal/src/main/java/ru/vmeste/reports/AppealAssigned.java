package ru.vmeste.reports;

import java.time.Instant;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;

/**
 * An official of the responsible organization was made the executor of an appeal (the status
 * does not change; taking it into work is its own {@link AppealTaken}).
 *
 * @param by who assigned it (the executor themselves when they took it)
 */
public record AppealAssigned(AppealId appeal, long number, AppealStatus status, OrganizationId organization,
		UserId executor, UserId by, Instant at) implements AppealEvent {
}
