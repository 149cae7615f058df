package ru.vmeste.open311.internal;

import java.time.Instant;
import java.util.Set;

import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.TopicId;

/**
 * What a GET requests call asks for; with ids, the other parts do not apply (the spec's rule).
 *
 * @param statuses the appeal statuses wanted (those of open, closed or both)
 * @param from earliest requested time, inclusive
 * @param to latest requested time, inclusive
 */
public record RequestQuery(Set<AppealId> ids, Set<TopicId> topics, Set<AppealStatus> statuses, Instant from,
		Instant to) {
}
