package ru.vmeste.ideas.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import ru.vmeste.identity.UserId;
import ru.vmeste.ideas.CampaignAdministration;
import ru.vmeste.ideas.CampaignDraft;
import ru.vmeste.ideas.CampaignId;
import ru.vmeste.ideas.CampaignPhase;
import ru.vmeste.ideas.IdeaId;
import ru.vmeste.ideas.Participation;
import ru.vmeste.ideas.Proposal;
import ru.vmeste.ideas.ReviewDecision;
import ru.vmeste.ideas.WorkOrder;
import ru.vmeste.voting.VoteId;
import ru.vmeste.works.WorkId;

/**
 * The module's public operations, each handed to the service that owns it.
 */
@Service
class IdeasOperations implements CampaignAdministration, Participation {

	private final Campaigns campaigns;

	private final CampaignVotes votes;

	private final IdeaWorks works;

	private final Proposals proposals;

	private final Supports supports;

	private final Reviews reviews;

	IdeasOperations(Campaigns campaigns, CampaignVotes votes, IdeaWorks works, Proposals proposals, Supports supports,
			Reviews reviews) {
		this.campaigns = campaigns;
		this.votes = votes;
		this.works = works;
		this.proposals = proposals;
		this.supports = supports;
		this.reviews = reviews;
	}

	@Override
	public CampaignId create(CampaignDraft draft, UserId admin) {
		return campaigns.create(draft, admin);
	}

	@Override
	public void update(CampaignId campaign, CampaignDraft draft) {
		campaigns.update(campaign, draft);
	}

	@Override
	public void moveTo(CampaignId campaign, CampaignPhase phase, UserId admin) {
		campaigns.moveTo(campaign, phase, admin);
	}

	@Override
	public VoteId startVote(CampaignId campaign, UserId admin) {
		return votes.start(campaign, admin);
	}

	@Override
	public void attachVote(CampaignId campaign, VoteId vote, Map<IdeaId, UUID> options, UserId admin) {
		votes.attach(campaign, vote, options, admin);
	}

	@Override
	public List<WorkId> planWorks(CampaignId campaign, WorkOrder order, UserId admin) {
		return works.plan(campaign, order, admin);
	}

	@Override
	public IdeaId propose(Proposal proposal, UserId author) {
		return proposals.propose(proposal, author);
	}

	@Override
	public int support(IdeaId idea, UserId resident) {
		return supports.support(idea, resident);
	}

	@Override
	public void review(IdeaId idea, ReviewDecision decision, @Nullable Long estimatedCost, @Nullable String note,
			UserId expert) {
		reviews.review(idea, decision, estimatedCost, note, expert);
	}

}
