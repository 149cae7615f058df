package ru.vmeste.ideas.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ru.vmeste.ideas.CampaignId;
import ru.vmeste.ideas.IdeaKind;
import ru.vmeste.ideas.Proposal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.shared.DomainException;

/**
 * The proposal form: what, where (a point, or a road's line as GeoJSON that the map draws), and
 * for a project its rough cost.
 */
record ProposalForm(@Nullable UUID campaignId, @Nullable IdeaKind kind, @Nullable String title, @Nullable String text,
		@Nullable Double lat, @Nullable Double lon, @Nullable String geometry, @Nullable Long estimatedCost,
		@Nullable UUID fromAppealId) {

	static ProposalForm empty(@Nullable UUID campaignId, @Nullable IdeaKind kind, @Nullable UUID fromAppealId) {
		return new ProposalForm(campaignId, kind == null ? IdeaKind.IDEA : kind, "", "", null, null, "", null,
				fromAppealId);
	}

	Proposal proposal() {
		if (kind == null) {
			throw DomainException.invalid("ideas.kind.required");
		}
		if (title == null || title.isBlank()) {
			throw DomainException.invalid("ideas.title.required");
		}
		if (text == null || text.isBlank()) {
			throw DomainException.invalid("ideas.text.required");
		}
		return new Proposal(campaignId == null ? null : new CampaignId(campaignId), kind, title, text, lat, lon,
				geometry == null || geometry.isBlank() ? null : geometry, estimatedCost,
				fromAppealId == null ? null : new AppealId(fromAppealId));
	}

}
