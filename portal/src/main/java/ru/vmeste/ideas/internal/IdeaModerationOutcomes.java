package ru.vmeste.ideas.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.vmeste.ideas.Idea;
import ru.vmeste.ideas.IdeaId;
import ru.vmeste.ideas.IdeaStatus;
import ru.vmeste.ideas.Proposal;
import ru.vmeste.moderation.ContentModerated;

/**
 * Moderators' decisions on ideas and their comments come back from the moderation queue: a
 * published idea goes public (with the moderator's edit, if any), a rejected one stays visible
 * to its author with the reason, a duplicate is merged into the idea it repeats.
 */
@Component
class IdeaModerationOutcomes {

	private static final Logger log = LoggerFactory.getLogger(IdeaModerationOutcomes.class);

	private final IdeaStore ideas;

	private final IdeaLifecycle lifecycle;

	private final Merges merges;

	private final Comments comments;

	IdeaModerationOutcomes(IdeaStore ideas, IdeaLifecycle lifecycle, Merges merges, Comments comments) {
		this.ideas = ideas;
		this.lifecycle = lifecycle;
		this.merges = merges;
		this.comments = comments;
	}

	@ApplicationModuleListener
	void on(ContentModerated outcome) {
		if (Comments.MODERATION_KIND.equals(outcome.kind())) {
			comments.moderated(outcome);
			return;
		}
		if (!Proposals.MODERATION_KIND.equals(outcome.kind())) {
			return;
		}
		IdeaId id = IdeaId.of(outcome.subjectId());
		if (outcome.mergedInto() != null) {
			Idea[] both = merges.lockInOrder(id, IdeaId.of(outcome.mergedInto()));
			Idea from = both[0].id().equals(id) ? both[0] : both[1];
			Idea into = both[0].id().equals(id) ? both[1] : both[0];
			if (from.status() == IdeaStatus.MODERATION) {
				merges.mergeLocked(from, into, outcome.reason(), outcome.moderator());
			}
			return;
		}
		Idea idea = ideas.lock(id).orElse(null);
		if (idea == null || idea.status() != IdeaStatus.MODERATION) {
			log.warn("Moderation outcome for idea {} that is not in moderation", id);
			return;
		}
		if (!outcome.published()) {
			lifecycle.move(idea, IdeaStatus.REJECTED, IdeaChange.REJECTED, outcome.reason(), null, outcome.moderator());
			return;
		}
		if (outcome.editedText() != null) {
			String edited = outcome.editedText().strip();
			int newline = edited.indexOf('\n');
			if (newline > 0 && newline < Proposal.MAX_TITLE && edited.length() > newline + 1) {
				ideas.setTitleAndText(id, edited.substring(0, newline).strip(), edited.substring(newline + 1).strip());
			}
			else {
				ideas.setTitleAndText(id, idea.title(), edited);
			}
			lifecycle.record(idea, IdeaChange.TEXT_EDITED, outcome.reason(), null, outcome.moderator());
		}
		lifecycle.move(idea, IdeaStatus.PUBLISHED, IdeaChange.PUBLISHED, null, null, outcome.moderator());
	}

}
