package ru.vmeste.reports;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import ru.vmeste.organizations.OrganizationId;

/**
 * An appeal was sent to an organization, by a routing rule or by an official re-routing it.
 *
 * @param rule the kind of step that chose the organization (e.g. {@code TOPIC_DISTRICT}, {@code REROUTED})
 * @param from the organization that sent it on, when re-routed
 * @param needsManualRouting no rule matched: the default organization is to route it by hand
 * @param deadline the answer is due by the end of this day
 */
public record AppealRouted(AppealId appeal, long number, OrganizationId organization, String rule,
		@Nullable OrganizationId from, boolean needsManualRouting, LocalDate deadline, Instant at) {
}
