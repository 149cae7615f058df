package ru.vmeste.reports;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ru.vmeste.shared.GeoPoint;
import ru.vmeste.territory.DistrictId;

/**
 * A moderator (or the auto-publish rule) published an appeal ({@link AppealStatus#PUBLISHED}):
 * routing then finds who answers it, and residents subscribed to the area hear about it.
 */
public record AppealPublished(AppealId appeal, long number, AppealStatus status, TopicId topic,
		@Nullable DistrictId district, GeoPoint point, Instant at) implements AppealEvent {
}
