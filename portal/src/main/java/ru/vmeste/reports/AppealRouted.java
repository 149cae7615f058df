package ru.vmeste.reports;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import ru.vmeste.organizations.OrganizationId;

/**
 * An appeal was sent to an organization ({@link AppealStatus#ROUTED}): by the routing rules
 * after publication, or by an official of the organization it was at, who sent it on.
 *
 * @param rule the kind of step that chose the organization ({@code OBJECT_OWNER},
 * {@code TOPIC_DISTRICT}, {@code GROUP_DISTRICT}, {@code TOPIC_REGION}, {@code GROUP_REGION},
 * {@code DEFAULT} or {@code REROUTED})
 * @param from the organization that sent it on; {@code null} for routing after publication
 * @param needsManualRouting no rule matched: the default organization is to route it by hand
 * @param deadline the answer is due by the end of this day
 */
public record AppealRouted(AppealId appeal, long number, AppealStatus status, OrganizationId organization,
		@Nullable OrganizationId from, String rule, boolean needsManualRouting, LocalDate deadline, Instant at)
		implements AppealEvent {

	/** An official sent it on, rather than the rules after publication. */
	public boolean isRerouted() {
		return from != null;
	}

}
