package ru.vmeste.reports.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import ru.vmeste.reports.Topic;
import ru.vmeste.reports.TopicId;

/**
 * Topic names in the visitor's language, by id, for lists of appeals.
 */
final class TopicNames {

	private TopicNames() {
	}

	static Map<TopicId, String> of(List<TopicChoices.Group> groups, Locale locale) {
		return groups.stream()
			.flatMap(group -> group.topics().stream())
			.collect(Collectors.toMap(Topic::id, topic -> topic.name().in(locale)));
	}

}
