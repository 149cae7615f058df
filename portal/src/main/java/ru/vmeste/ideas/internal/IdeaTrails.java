package ru.vmeste.ideas.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.ideas.Idea;
import ru.vmeste.ideas.IdeaId;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.Appeals;
import ru.vmeste.reports.Topics;
import ru.vmeste.shared.trail.Trail;
import ru.vmeste.shared.trail.TrailSource;
import ru.vmeste.shared.trail.TrailStep;
import ru.vmeste.shared.trail.TrailStep.Type;
import ru.vmeste.voting.BudgetVotes;
import ru.vmeste.voting.VoteId;
import ru.vmeste.works.WorkId;
import ru.vmeste.works.Works;

/**
 * The thread an idea belongs to: the appeal it grew from, the idea, the vote it was on and the
 * works that carry it out, each with its status and date. Ideas keep every link, so the pages of
 * appeals, votes and works ask here; they see only published ideas.
 */
@Component
class IdeaTrails implements TrailSource {

	private final IdeaStore ideas;

	private final Appeals appeals;

	private final Topics topics;

	private final BudgetVotes votes;

	private final Works works;

	private final MessageSource messages;

	IdeaTrails(IdeaStore ideas, Appeals appeals, Topics topics, BudgetVotes votes, Works works,
			MessageSource messages) {
		this.ideas = ideas;
		this.appeals = appeals;
		this.topics = topics;
		this.votes = votes;
		this.works = works;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Trail> trailsOf(Type type, String id, Locale locale) {
		List<Idea> found = switch (type) {
			case IDEA -> ideas.find(IdeaId.of(id)).stream().toList();
			case APPEAL -> ideas.byAppeal(AppealId.of(id)).filter(idea -> idea.status().isPublic()).stream().toList();
			case WORK -> ideas.byWork(WorkId.of(id)).filter(idea -> idea.status().isPublic()).stream().toList();
			case VOTE -> ideas.onVote(new VoteId(java.util.UUID.fromString(id)));
		};
		return found.stream().map(idea -> trailOf(idea, locale)).toList();
	}

	Trail trailOf(Idea idea, Locale locale) {
		List<TrailStep> steps = new ArrayList<>();
		if (idea.fromAppeal() != null) {
			appealStep(idea.fromAppeal(), locale).ifPresent(steps::add);
		}
		steps.add(new TrailStep(Type.IDEA, idea.id().toString(), idea.title(), idea.status().name(),
				label("ideas.status." + idea.status().name(), idea.status().name(), locale), "/ideas/" + idea.id(),
				idea.createdAt()));
		if (idea.vote() != null) {
			votes.state(idea.vote())
				.ifPresent(vote -> steps.add(new TrailStep(Type.VOTE, vote.id().toString(), vote.title().in(locale),
						vote.status(), label("voting.status." + vote.status(), vote.status(), locale), "/votes/" + vote.id(),
						vote.opensAt())));
		}
		if (idea.work() != null) {
			works.find(idea.work())
				.ifPresent(work -> steps.add(new TrailStep(Type.WORK, work.id().toString(), work.title(),
						work.status().name(), label("works.status." + work.status().name(), work.status().name(), locale),
						"/works/" + work.id(), work.createdAt())));
		}
		return new Trail(steps);
	}

	private Optional<TrailStep> appealStep(AppealId id, Locale locale) {
		return appeals.find(id).filter(appeal -> appeal.status().isPublic()).map(appeal -> {
			String topic = topics.find(appeal.topic()).map(found -> found.name().in(locale)).orElse("");
			String title = messages.getMessage("ideas.trail.appeal", new Object[] { appeal.number(), topic }, locale);
			return new TrailStep(Type.APPEAL, appeal.id().toString(), title, appeal.status().name(),
					label("reports.status." + appeal.status().name(), appeal.status().name(), locale),
					"/appeals/" + appeal.id(), appeal.createdAt());
		});
	}

	private String label(String key, String fallback, Locale locale) {
		return messages.getMessage(key, null, fallback, locale);
	}

}
