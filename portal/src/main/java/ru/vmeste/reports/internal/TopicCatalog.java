package ru.vmeste.reports.internal;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.reports.Topic;
import ru.vmeste.reports.TopicAdministration;
import ru.vmeste.reports.TopicId;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.territory.Region;
import ru.vmeste.territory.Territory;

/**
 * Administrators keep the topic catalog: create and rename topics and groups, reorder them,
 * retire them in the region (old appeals keep their topic) and set their extra questions.
 */
@Service
@Transactional
public class TopicCatalog implements TopicAdministration {

	private final TopicStore store;

	private final TopicsService topics;

	private final Territory territory;

	TopicCatalog(TopicStore store, TopicsService topics, Territory territory) {
		this.store = store;
		this.topics = topics;
		this.territory = territory;
	}

	@Override
	public TopicId create(String code, @Nullable TopicId group, LocalizedText name) {
		checkGroup(null, group);
		try {
			TopicId created = store.insert(validCode(code), group, name, store.nextOrder());
			topics.changed();
			return created;
		}
		catch (DuplicateKeyException ex) {
			throw DomainException.conflict("reports.admin.code.taken");
		}
	}

	public void update(TopicId id, String code, @Nullable TopicId group, LocalizedText name) {
		Topic topic = existing(id);
		if (topic.isGroup() && topics.all().stream().anyMatch(child -> id.equals(child.parent())) && group != null) {
			throw DomainException.invalid("reports.admin.group.invalid");
		}
		checkGroup(id, group);
		try {
			store.update(id, validCode(code), group, name);
			topics.changed();
		}
		catch (DuplicateKeyException ex) {
			throw DomainException.conflict("reports.admin.code.taken");
		}
	}

	/** Swaps the topic with its neighbour among the topics of the same group. */
	public void move(TopicId id, boolean up) {
		Topic topic = existing(id);
		List<Topic> siblings = topics.all()
			.stream()
			.filter(other -> Objects.equals(other.parent(), topic.parent()))
			.toList();
		int index = siblings.indexOf(topic);
		int other = up ? index - 1 : index + 1;
		if (index < 0 || other < 0 || other >= siblings.size()) {
			return;
		}
		Topic neighbour = siblings.get(other);
		int order = topic.order() == neighbour.order() ? topic.order() + (up ? 1 : -1) : topic.order();
		store.setOrder(topic.id(), neighbour.order());
		store.setOrder(neighbour.id(), order);
		topics.changed();
	}

	public void setActive(TopicId id, boolean active) {
		existing(id);
		Region region = territory.currentRegion().orElseThrow(() -> DomainException.conflict("reports.admin.no-region"));
		store.setActive(id, region.id(), active);
		topics.changed();
	}

	@Override
	public void addQuestion(TopicId id, LocalizedText label, boolean numeric, boolean required) {
		existing(id);
		store.addQuestion(id, label, numeric, required);
		topics.changed();
	}

	public void removeQuestion(TopicId id, UUID question) {
		store.removeQuestion(id, question);
		topics.changed();
	}

	private Topic existing(TopicId id) {
		return topics.find(id).orElseThrow(() -> DomainException.notFound("reports.admin.topic.not-found"));
	}

	private void checkGroup(@Nullable TopicId id, @Nullable TopicId group) {
		if (group != null && (group.equals(id) || !topics.find(group).map(Topic::isGroup).orElse(false))) {
			throw DomainException.invalid("reports.admin.group.invalid");
		}
	}

	private static String validCode(String code) {
		String trimmed = code.strip();
		if (!trimmed.matches("[a-z0-9][a-z0-9-]{1,39}")) {
			throw DomainException.invalid("reports.admin.code.invalid");
		}
		return trimmed;
	}

}
