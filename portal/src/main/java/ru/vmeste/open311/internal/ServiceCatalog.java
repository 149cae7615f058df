package ru.vmeste.open311.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import ru.vmeste.reports.AppealIntake;
import ru.vmeste.reports.Topic;
import ru.vmeste.reports.TopicId;
import ru.vmeste.reports.Topics;

/**
 * The GeoReport services: one per topic residents may report now (a topic of an active group),
 * its code the topic's code, its group the topic group, its attributes the topic's questions.
 */
@Component
public class ServiceCatalog {

	/** A service and what describes it. */
	public record Service(Topic topic, @Nullable Topic group, List<AppealIntake.Question> attributes) {
	}

	private final Topics topics;

	private final AppealIntake intake;

	ServiceCatalog(Topics topics, AppealIntake intake) {
		this.topics = topics;
		this.intake = intake;
	}

	/** Every service in the topics' display order. */
	public List<Service> services() {
		List<Topic> all = topics.all();
		Map<TopicId, Topic> byId = all.stream().collect(Collectors.toMap(Topic::id, Function.identity()));
		return all.stream()
			.filter(topic -> isReportable(topic, byId))
			.map(topic -> new Service(topic, byId.get(topic.parent()), intake.questions(topic.id())))
			.toList();
	}

	/** The service with the code; a 404 in the spec's words for an unknown, retired or group code. */
	public Service service(String code) {
		Topic topic = reportable(code);
		return new Service(topic, topic.parent() == null ? null : topics.find(topic.parent()).orElse(null),
				intake.questions(topic.id()));
	}

	Topic reportable(String code) {
		Map<TopicId, Topic> byId = topics.all().stream().collect(Collectors.toMap(Topic::id, Function.identity()));
		return topics.byCode(code.strip())
			.filter(topic -> isReportable(topic, byId))
			.orElseThrow(() -> Open311Error.notFound("open311.error.service-code.unknown", code.strip()));
	}

	/** Every topic (retired ones too: old requests keep theirs), by id. */
	public Map<TopicId, Topic> topicsById() {
		return topics.all().stream().collect(Collectors.toMap(Topic::id, Function.identity()));
	}

	/** The topics with these codes; codes of no topic are left out. */
	public List<TopicId> topicIds(List<String> codes) {
		return codes.stream().map(String::strip).map(topics::byCode).flatMap(java.util.Optional::stream)
			.map(Topic::id).toList();
	}

	private static boolean isReportable(Topic topic, Map<TopicId, Topic> byId) {
		if (topic.isGroup() || !topic.active()) {
			return false;
		}
		Topic group = byId.get(topic.parent());
		return group != null && group.active();
	}

}
