package ru.vmeste.reports;

import java.time.Instant;

import ru.vmeste.organizations.OrganizationId;

/**
 * The author rated the answer of the organization (1 to 5) and said whether the problem is solved.
 */
public record AppealRated(AppealId appeal, long number, OrganizationId organization, int score, boolean solved,
		Instant at) {
}
