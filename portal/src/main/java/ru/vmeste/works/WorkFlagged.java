package ru.vmeste.works;

import java.time.Instant;

import ru.vmeste.organizations.OrganizationId;

/**
 * Residents rated the result of works low: the customer organization should look into it.
 *
 * @param average the average of the published ratings
 * @param ratings how many published ratings there are
 */
public record WorkFlagged(WorkId work, long number, String title, OrganizationId customer, double average,
		int ratings, Instant at) {
}
