package ru.vmeste.ideas;

import java.util.UUID;

/** Identifies a campaign. */
public record CampaignId(UUID value) {

	public static CampaignId random() {
		return new CampaignId(UUID.randomUUID());
	}

	public static CampaignId of(String value) {
		return new CampaignId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
