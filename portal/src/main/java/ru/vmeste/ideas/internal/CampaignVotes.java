package ru.vmeste.ideas.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.ideas.Campaign;
import ru.vmeste.ideas.CampaignId;
import ru.vmeste.ideas.CampaignPhase;
import ru.vmeste.ideas.Idea;
import ru.vmeste.ideas.IdeaStatus;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.voting.BudgetVotes;
import ru.vmeste.voting.VoteId;
import ru.vmeste.voting.VoteResultPublished;

/**
 * "Into the vote": one action makes the campaign's feasible ideas the projects of a
 * participatory-budget vote (with their costs, within the campaign's budget and districts),
 * open now until the campaign's implementation starts. When the vote's result is published,
 * the projects it funded become {@code SELECTED} and the rest {@code NOT_SELECTED}.
 */
@Service
@Transactional
public class CampaignVotes {

	/** A vote shorter than this is no vote residents can take part in: the schedule needs fixing first. */
	static final Duration SHORTEST_VOTE = Duration.ofHours(1);

	/** The most projects one ballot offers (the vote module's own limit is higher). */
	static final int MAX_PROJECTS = 100;

	private final Campaigns campaigns;

	private final CampaignStore store;

	private final IdeaStore ideas;

	private final IdeaLifecycle lifecycle;

	private final BudgetVotes votes;

	private final Clock clock;

	CampaignVotes(Campaigns campaigns, CampaignStore store, IdeaStore ideas, IdeaLifecycle lifecycle, BudgetVotes votes,
			Clock clock) {
		this.campaigns = campaigns;
		this.store = store;
		this.ideas = ideas;
		this.lifecycle = lifecycle;
		this.votes = votes;
		this.clock = clock;
	}

	public VoteId start(CampaignId id, UserId admin) {
		Campaign campaign = campaigns.locked(id);
		if (campaign.vote() != null) {
			throw DomainException.conflict("ideas.vote.exists");
		}
		if (!campaign.phase().mayStartVote()) {
			throw DomainException.conflict("ideas.vote.wrong-phase");
		}
		List<Idea> feasible = ideas.inCampaign(id, IdeaStatus.FEASIBLE, MAX_PROJECTS + 1);
		if (feasible.size() < 2) {
			throw DomainException.conflict("ideas.vote.too-few");
		}
		if (feasible.size() > MAX_PROJECTS) {
			throw DomainException.conflict("ideas.vote.too-many", MAX_PROJECTS);
		}
		for (Idea idea : feasible) {
			if (idea.estimatedCost() == null || idea.estimatedCost() > campaign.budget()) {
				throw DomainException.conflict("ideas.vote.cost-over-budget", idea.number());
			}
		}
		Instant now = clock.instant();
		Instant closes = campaign.schedule().startOf(CampaignPhase.IMPLEMENTATION);
		if (closes.isBefore(now.plus(SHORTEST_VOTE))) {
			throw DomainException.conflict("ideas.vote.no-time");
		}
		BudgetVotes.Created created = votes.create(new BudgetVotes.Request(campaign.title(), campaign.description(),
				campaign.budget(), campaign.districts(), now, closes,
				feasible.stream()
					.map(idea -> new BudgetVotes.Project(new LocalizedText(idea.title(), idea.title()),
							new LocalizedText(excerpt(idea.text()), excerpt(idea.text())), idea.estimatedCost()))
					.toList()), admin);
		store.setVote(id, created.vote());
		for (int i = 0; i < feasible.size(); i++) {
			Idea idea = ideas.lock(feasible.get(i).id()).orElseThrow();
			ideas.setVote(idea.id(), created.vote(), created.options().get(i));
			lifecycle.move(idea, IdeaStatus.ON_BALLOT, IdeaChange.ON_BALLOT, null, created.vote().toString(), admin);
		}
		campaigns.advance(campaign, CampaignPhase.VOTING);
		return created.vote();
	}

	@ApplicationModuleListener
	void on(VoteResultPublished result) {
		Campaign campaign = store.byVote(result.vote()).orElse(null);
		if (campaign == null) {
			return;
		}
		for (Idea onBallot : ideas.onVote(result.vote())) {
			Idea idea = ideas.lock(onBallot.id()).orElseThrow();
			if (idea.status() != IdeaStatus.ON_BALLOT) {
				continue;
			}
			UUID option = idea.voteOption();
			boolean selected = option != null && result.selected().contains(option);
			lifecycle.move(idea, selected ? IdeaStatus.SELECTED : IdeaStatus.NOT_SELECTED,
					selected ? IdeaChange.SELECTED : IdeaChange.NOT_SELECTED, null, result.vote().toString(), null);
		}
		campaigns.advance(campaigns.locked(campaign.id()), CampaignPhase.IMPLEMENTATION);
	}

	/** A project's description on the ballot: the beginning of the idea's text. */
	private static String excerpt(String text) {
		return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
	}

}
