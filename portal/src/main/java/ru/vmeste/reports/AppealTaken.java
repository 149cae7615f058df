package ru.vmeste.reports;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;

/**
 * The responsible organization took a routed or reopened appeal into work ({@link AppealStatus#IN_PROGRESS}).
 *
 * @param by the official who did; {@code null} when the organization's document system did
 */
public record AppealTaken(AppealId appeal, long number, AppealStatus status, OrganizationId organization,
		@Nullable UserId by, Instant at) implements AppealEvent {
}
