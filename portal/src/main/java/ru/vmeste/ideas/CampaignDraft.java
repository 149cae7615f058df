package ru.vmeste.ideas;

import java.util.Set;

import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.territory.DistrictId;

/** What an administrator decides about a campaign; the phase moves separately. */
public record CampaignDraft(LocalizedText title, LocalizedText description, long budget, int supportThreshold,
		Set<DistrictId> districts, CampaignSchedule schedule) {

	public CampaignDraft {
		districts = Set.copyOf(districts);
		if (title.ru().length() > 200 || title.en().length() > 200) {
			throw DomainException.invalid("ideas.campaign.title.too-long");
		}
		if (description.ru().length() > 5000 || description.en().length() > 5000) {
			throw DomainException.invalid("ideas.campaign.description.too-long");
		}
		if (budget <= 0) {
			throw DomainException.invalid("ideas.campaign.budget.positive");
		}
		if (supportThreshold < 1 || supportThreshold > 1_000_000) {
			throw DomainException.invalid("ideas.campaign.threshold.invalid");
		}
	}

}
