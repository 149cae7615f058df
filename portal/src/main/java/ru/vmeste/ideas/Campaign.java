package ru.vmeste.ideas;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import ru.vmeste.shared.LocalizedText;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.voting.VoteId;

/**
 * A crowdsourcing campaign: residents propose and support ideas within a scope and a budget;
 * the feasible ones go to a participatory-budget vote and the selected ones become works.
 *
 * @param budget the money to share, in roubles
 * @param districts the districts it is for; empty for the whole region
 * @param vote the vote made of its feasible ideas, once started
 */
public record Campaign(CampaignId id, LocalizedText title, LocalizedText description, CampaignPhase phase,
		CampaignSchedule schedule, long budget, Set<DistrictId> districts, SupportThreshold threshold,
		@Nullable VoteId vote, Instant phaseChangedAt, Instant createdAt) {

	public Campaign {
		districts = Set.copyOf(districts);
	}

}
