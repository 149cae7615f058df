package ru.vmeste.reports;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ru.vmeste.shared.GeoPoint;
import ru.vmeste.territory.DistrictId;

/**
 * A moderator (or the auto-publish rule) published an appeal: routing finds who answers it,
 * and residents subscribed to the area hear about it.
 */
public record AppealPublished(AppealId appeal, TopicId topic, @Nullable DistrictId district, GeoPoint point,
		Instant at) {
}
