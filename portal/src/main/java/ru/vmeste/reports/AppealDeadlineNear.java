package ru.vmeste.reports;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;

/**
 * Most of an appeal's time is gone (75 % by default) and it is not answered: remind the
 * executor, or the organization's heads while nobody is assigned.
 */
public record AppealDeadlineNear(AppealId appeal, long number, OrganizationId organization,
		@Nullable UserId executor, LocalDate deadline) {
}
