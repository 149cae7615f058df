package ru.vmeste.ideas.web;

import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import ru.vmeste.ideas.CampaignId;
import ru.vmeste.ideas.IdeaKind;
import ru.vmeste.ideas.Proposal;
import ru.vmeste.reports.AppealId;

/**
 * A new idea as the API takes it; {@code geometry} is a GeoJSON LineString for a road.
 */
record IdeaRequest(@Nullable UUID campaignId, @NotNull(message = "{ideas.kind.required}") IdeaKind kind,
		@NotBlank(message = "{ideas.title.required}") @Size(max = 200, message = "{ideas.text.too-long}") String title,
		@NotBlank(message = "{ideas.text.required}") @Size(max = 5000, message = "{ideas.text.too-long}") String text,
		@Nullable @DecimalMin(value = "-90", message = "{geo.lat.invalid}") @DecimalMax(value = "90", message = "{geo.lat.invalid}") Double lat,
		@Nullable @DecimalMin(value = "-180", message = "{geo.lon.invalid}") @DecimalMax(value = "180", message = "{geo.lon.invalid}") Double lon,
		@Nullable JsonNode geometry, @Nullable Long estimatedCost, @Nullable UUID fromAppealId) {

	Proposal proposal() {
		return new Proposal(campaignId == null ? null : new CampaignId(campaignId), kind, title, text, lat, lon,
				geometry == null || geometry.isNull() ? null : geometry.toString(), estimatedCost,
				fromAppealId == null ? null : new AppealId(fromAppealId));
	}

}
