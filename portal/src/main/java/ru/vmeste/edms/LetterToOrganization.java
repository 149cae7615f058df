package ru.vmeste.edms;

import java.time.Instant;
import java.util.UUID;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.AppealId;

/**
 * An appeal was routed to an organization on the e-mail channel: the letter with its reply link
 * ({@link OrganizationLetters}) is to be mailed to the organization's address.
 */
public record LetterToOrganization(UUID letter, AppealId appeal, long number, OrganizationId organization,
		Instant at) {
}
