package ru.vmeste.ideas.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.ideas.Campaign;
import ru.vmeste.ideas.CampaignId;
import ru.vmeste.ideas.CampaignPhase;
import ru.vmeste.ideas.Idea;
import ru.vmeste.ideas.IdeaId;
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

	/**
	 * Links a vote staff prepared by hand in Vote (e.g. with pictures) to the campaign: each
	 * feasible idea named is the option given. A vote already published passes its result on at once.
	 */
	public void attach(CampaignId id, VoteId vote, Map<IdeaId, UUID> options, UserId admin) {
		Campaign campaign = campaigns.locked(id);
		if (campaign.vote() != null) {
			throw DomainException.conflict("ideas.vote.exists");
		}
		if (!campaign.phase().mayStartVote()) {
			throw DomainException.conflict("ideas.vote.wrong-phase");
		}
		BudgetVotes.Outcome outcome = votes.outcome(vote).orElseThrow(() -> DomainException.invalid("ideas.vote.unknown"));
		Set<UUID> known = outcome.options().stream().map(BudgetVotes.Option::id).collect(Collectors.toSet());
		if (options.isEmpty() || !known.containsAll(options.values())
				|| Set.copyOf(options.values()).size() != options.size()) {
			throw DomainException.invalid("ideas.vote.unknown-option");
		}
		List<Idea> linked = new ArrayList<>();
		for (IdeaId ideaId : options.keySet().stream().sorted(Comparator.comparing(IdeaId::value)).toList()) {
			Idea idea = ideas.lock(ideaId).orElseThrow(() -> DomainException.invalid("ideas.idea.not-found"));
			if (!id.equals(idea.campaign()) || idea.status() != IdeaStatus.FEASIBLE) {
				throw DomainException.conflict("ideas.vote.not-feasible", idea.number());
			}
			linked.add(idea);
		}
		store.setVote(id, vote);
		for (Idea idea : linked) {
			ideas.setVote(idea.id(), vote, options.get(idea.id()));
			lifecycle.move(idea, IdeaStatus.ON_BALLOT, IdeaChange.ON_BALLOT, null, vote.toString(), admin);
		}
		campaigns.advance(campaign, CampaignPhase.VOTING);
		if ("PUBLISHED".equals(outcome.status())) {
			applyResult(vote, outcome.selected());
		}
	}

	@ApplicationModuleListener
	void on(VoteResultPublished result) {
		applyResult(result.vote(), result.selected());
	}

	/** The vote's selected options become SELECTED ideas, the rest NOT_SELECTED; the campaign moves to implementation. */
	private void applyResult(VoteId vote, Set<UUID> selected) {
		Campaign campaign = store.byVote(vote).orElse(null);
		if (campaign == null) {
			return;
		}
		for (Idea onBallot : ideas.onVote(vote)) {
			Idea idea = ideas.lock(onBallot.id()).orElseThrow();
			if (idea.status() != IdeaStatus.ON_BALLOT) {
				continue;
			}
			UUID option = idea.voteOption();
			boolean chosen = option != null && selected.contains(option);
			lifecycle.move(idea, chosen ? IdeaStatus.SELECTED : IdeaStatus.NOT_SELECTED,
					chosen ? IdeaChange.SELECTED : IdeaChange.NOT_SELECTED, null, vote.toString(), null);
		}
		campaigns.advance(campaigns.locked(campaign.id()), CampaignPhase.IMPLEMENTATION);
	}

	/** A project's description on the ballot: the beginning of the idea's text. */
	private static String excerpt(String text) {
		return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
	}

}
