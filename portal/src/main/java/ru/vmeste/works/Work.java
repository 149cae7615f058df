package ru.vmeste.works;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ru.vmeste.organizations.OrganizationId;

/**
 * Works of the city as everyone may see them. Changes are kept as a public history in which
 * the customer organization, never an official's name, stands for who changed them.
 *
 * @param number the short number quoted by residents and officials
 * @param statusReason why the works were suspended or cancelled (or returned into progress)
 * @param customer the organization that ordered the works and keeps them up to date
 * @param externalRef the customer's own registry or contract number, if given
 * @param progress percent done, 0–100
 * @param flaggedAt since when residents' ratings are low enough to alert the customer, if they are
 */
public record Work(WorkId id, long number, String title, String description, WorkKind kind, WorkStatus status,
		@Nullable String statusReason, OrganizationId customer, @Nullable String contractor,
		@Nullable String externalRef, Funding funding, Schedule schedule, int progress, WorkPlace place,
		RatingSummary ratings, @Nullable Instant flaggedAt, Instant createdAt, Instant updatedAt) {
}
