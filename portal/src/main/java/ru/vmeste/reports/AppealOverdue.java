package ru.vmeste.reports;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;

/**
 * An appeal passed its deadline unanswered: the organization's heads are told.
 */
public record AppealOverdue(AppealId appeal, long number, OrganizationId organization, @Nullable UserId executor,
		LocalDate deadline) {
}
