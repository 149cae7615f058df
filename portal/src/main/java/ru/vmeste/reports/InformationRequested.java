package ru.vmeste.reports;

import java.time.Instant;

import ru.vmeste.organizations.OrganizationId;

/**
 * The responsible organization asked the author for more information; its clock stops until
 * the answer (the status does not change).
 *
 * @param question what the author is asked, which the mail to them quotes
 */
public record InformationRequested(AppealId appeal, long number, AppealStatus status, OrganizationId organization,
		String question, Instant at) implements AppealEvent {
}
