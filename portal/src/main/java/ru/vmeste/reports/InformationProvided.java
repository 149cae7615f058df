package ru.vmeste.reports;

import java.time.Instant;

import ru.vmeste.organizations.OrganizationId;

/**
 * The author answered the organization's question; the appeal's clock runs again, its
 * deadlines moved on by the working days of the pause. The reply itself is for the
 * organization only and stays in the appeal's history.
 */
public record InformationProvided(AppealId appeal, long number, AppealStatus status, OrganizationId organization,
		Instant at) implements AppealEvent {
}
