package ru.vmeste.reports;

import java.time.Instant;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;

/**
 * An official of the responsible organization was made the executor of an appeal.
 *
 * @param by who assigned it (the executor themselves when they took it)
 */
public record AppealAssigned(AppealId appeal, long number, OrganizationId organization, UserId executor, UserId by,
		Instant at) {
}
