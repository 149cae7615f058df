package ru.vmeste.ideas;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import ru.vmeste.identity.UserId;
import ru.vmeste.voting.VoteId;
import ru.vmeste.works.WorkId;

/**
 * What administrators do with campaigns (their pages and the API call it; so may an import or
 * the demo): create and edit them, move them to a later phase, put the feasible ideas to a vote,
 * and turn the selected projects into works.
 */
public interface CampaignAdministration {

	/** A new campaign starts in the phase its schedule says for now. */
	CampaignId create(CampaignDraft draft, UserId admin);

	/** Changes the texts, budget, threshold, districts and dates of a campaign that is not finished. */
	void update(CampaignId campaign, CampaignDraft draft);

	/** Moves the campaign to a later phase by hand. */
	void moveTo(CampaignId campaign, CampaignPhase phase, UserId admin);

	/** "Into the vote": a participatory-budget vote of the campaign's feasible ideas with their costs. */
	VoteId startVote(CampaignId campaign, UserId admin);

	/**
	 * Links a vote prepared by hand in Vote: each feasible idea named is the option given; a vote
	 * already published passes its result on at once.
	 */
	void attachVote(CampaignId campaign, VoteId vote, Map<IdeaId, UUID> options, UserId admin);

	/** "Into the works": every selected project without works becomes planned works. */
	List<WorkId> planWorks(CampaignId campaign, WorkOrder order, UserId admin);

}
