package ru.vmeste.reports.routing;

import org.jspecify.annotations.Nullable;

import ru.vmeste.reports.TopicId;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.territory.DistrictId;

/**
 * What routing knows about an appeal: its topic, the topic's group, the district and the point.
 */
record RoutingQuestion(TopicId topic, @Nullable TopicId group, @Nullable DistrictId district, GeoPoint point) {
}
