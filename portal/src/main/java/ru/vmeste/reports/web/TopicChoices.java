package ru.vmeste.reports.web;

import java.util.List;

import org.springframework.stereotype.Component;

import ru.vmeste.reports.Topic;
import ru.vmeste.reports.Topics;

/**
 * The topic catalog arranged for select boxes: groups with their topics.
 */
@Component
class TopicChoices {

	/** A group and its topics. */
	record Group(Topic group, List<Topic> topics) {
	}

	private final Topics topics;

	TopicChoices(Topics topics) {
		this.topics = topics;
	}

	/** Groups and topics a resident may report under now: active ones only. */
	List<Group> reportable() {
		return groups(true);
	}

	/** Every group and topic, retired ones included, for filtering old appeals. */
	List<Group> all() {
		return groups(false);
	}

	private List<Group> groups(boolean activeOnly) {
		List<Topic> all = topics.all();
		return all.stream()
			.filter(Topic::isGroup)
			.filter(group -> !activeOnly || group.active())
			.map(group -> new Group(group, all.stream()
				.filter(topic -> group.id().equals(topic.parent()))
				.filter(topic -> !activeOnly || topic.active())
				.toList()))
			.filter(group -> !group.topics().isEmpty())
			.toList();
	}

}
