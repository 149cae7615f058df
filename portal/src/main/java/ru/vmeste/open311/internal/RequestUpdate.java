package ru.vmeste.open311.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.AppealId;

/**
 * A public change of a service request (the servicerequestupdates extension).
 *
 * @param id the update's id, in the order the updates were recorded
 * @param change what happened: {@code PUBLISHED, ROUTED, REROUTED, TAKEN, ANSWERED, REOPENED, CLOSED_<outcome>}
 * @param closed whether the request reads {@code closed} after it
 * @param organization the organization it was sent to (routed) or that answered
 * @param answer the answer's text, for {@code ANSWERED}
 */
public record RequestUpdate(long id, AppealId appeal, String change, boolean closed,
		@Nullable OrganizationId organization, @Nullable String answer, Instant at) {
}
