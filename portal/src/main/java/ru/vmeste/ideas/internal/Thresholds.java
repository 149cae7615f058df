package ru.vmeste.ideas.internal;

import org.springframework.stereotype.Component;

import ru.vmeste.ideas.IdeasSettings;
import ru.vmeste.ideas.SupportThreshold;

/**
 * The support threshold of ideas outside campaigns, {@code vmeste.ideas.support-threshold}
 * (an idea in a campaign has its campaign's, read with the idea).
 */
@Component
class Thresholds {

	private final IdeasSettings settings;

	Thresholds(IdeasSettings settings) {
		this.settings = settings;
	}

	SupportThreshold outsideCampaigns() {
		return new SupportThreshold(settings.supportThreshold());
	}

}
