package ru.vmeste.open311.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.TopicId;

/**
 * A published appeal as Open311 lists it: public facts only, never its author.
 *
 * @param answer the organization's latest answer
 * @param expected the deadline of the answer
 * @param mediaPath where its first photo is served
 */
public record ServiceRequest(AppealId appeal, TopicId topic, AppealStatus status, double lat, double lon,
		@Nullable String address, String description, @Nullable OrganizationId organization, @Nullable String answer,
		@Nullable LocalDate expected, @Nullable String mediaPath, Instant requestedAt, Instant updatedAt) {
}
