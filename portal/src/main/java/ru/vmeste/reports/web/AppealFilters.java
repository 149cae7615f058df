package ru.vmeste.reports.web;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.Topic;
import ru.vmeste.reports.TopicId;
import ru.vmeste.reports.Topics;
import ru.vmeste.reports.internal.AppealSearch;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.geo.BoundingBox;
import ru.vmeste.territory.DistrictId;

/**
 * Turns the public filters of the map and the list into a search: a topic group stands for
 * all its topics.
 */
@Component
class AppealFilters {

	private final Topics topics;

	AppealFilters(Topics topics) {
		this.topics = topics;
	}

	AppealSearch.Filter of(@Nullable UUID topicId, @Nullable AppealStatus status, @Nullable UUID districtId,
			@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String bbox) {
		if (from != null && to != null && from.isAfter(to)) {
			throw DomainException.invalid("reports.filter.period");
		}
		// the lists show published appeals only: a filter by another status would silently answer them all
		if (status != null && !status.isPublic()) {
			throw DomainException.invalidInput("status", "reports.filter.status.not-public", status.name());
		}
		return new AppealSearch.Filter(topicIds(topicId), status, districtId == null ? null : new DistrictId(districtId),
				from, to, bbox == null || bbox.isBlank() ? null : BoundingBox.parse(bbox));
	}

	private Set<TopicId> topicIds(@Nullable UUID topicId) {
		if (topicId == null) {
			return Set.of();
		}
		TopicId id = new TopicId(topicId);
		Set<TopicId> ids = new HashSet<>(Set.of(id));
		topics.all().stream().filter(topic -> id.equals(topic.parent())).map(Topic::id).forEach(ids::add);
		return ids;
	}

}
