package ru.vmeste.reports;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;

/**
 * The responsible organization answered publicly ({@link AppealStatus#ANSWERED}); the author is
 * asked to rate the answer, and without a rating within the confirmation period the appeal
 * closes as {@link AppealOutcome#NOT_CONFIRMED}.
 *
 * @param answer the answer's id (an appeal reopened and answered again has several)
 * @param text the public text of the answer, which followers are mailed
 * @param by the official who answered; {@code null} when the organization's document system did
 */
public record AppealAnswered(AppealId appeal, long number, AppealStatus status, OrganizationId organization,
		UUID answer, String text, @Nullable UserId by, Instant at) implements AppealEvent {
}
