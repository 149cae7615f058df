package ru.vmeste.ideas.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.ideas.Idea;
import ru.vmeste.ideas.IdeaId;
import ru.vmeste.ideas.IdeaKind;
import ru.vmeste.ideas.IdeaStatus;
import ru.vmeste.reports.TopicAdministration;
import ru.vmeste.reports.TopicId;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.LocalizedText;

/**
 * An administrator accepts a topic residents proposed: the topic is created in the Inform
 * catalog from it, and the idea is done, pointing to the topic.
 */
@Service
@Transactional
public class TopicAcceptance {

	private final IdeaStore ideas;

	private final IdeaLifecycle lifecycle;

	private final TopicAdministration topics;

	TopicAcceptance(IdeaStore ideas, IdeaLifecycle lifecycle, TopicAdministration topics) {
		this.ideas = ideas;
		this.lifecycle = lifecycle;
		this.topics = topics;
	}

	public TopicId accept(IdeaId id, String code, @Nullable TopicId group, LocalizedText name, UserId admin) {
		Idea idea = ideas.lock(id)
			.filter(found -> found.status().isPublic())
			.orElseThrow(() -> DomainException.notFound("ideas.idea.not-found"));
		if (idea.kind() != IdeaKind.TOPIC) {
			throw DomainException.conflict("ideas.topic.not-a-topic");
		}
		if (!idea.status().canMoveTo(IdeaStatus.DONE)) {
			throw DomainException.conflict("ideas.topic.not-ready");
		}
		TopicId topic = topics.create(code, group, name);
		ideas.setTopic(id, topic);
		lifecycle.move(idea, IdeaStatus.DONE, IdeaChange.TOPIC_ACCEPTED, null, code, admin);
		return topic;
	}

}
