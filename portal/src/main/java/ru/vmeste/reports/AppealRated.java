package ru.vmeste.reports;

import java.time.Instant;

import ru.vmeste.organizations.OrganizationId;

/**
 * The author rated the organization's answer (1 to 5) and said whether the problem is solved;
 * an {@link AppealClosed} or {@link AppealReopened} follows at once (the status does not change
 * with the rating itself).
 */
public record AppealRated(AppealId appeal, long number, AppealStatus status, OrganizationId organization, int score,
		boolean solved, Instant at) implements AppealEvent {
}
