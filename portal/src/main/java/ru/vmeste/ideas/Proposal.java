package ru.vmeste.ideas;

import org.jspecify.annotations.Nullable;

import ru.vmeste.reports.AppealId;
import ru.vmeste.shared.DomainException;

/**
 * What a resident proposes.
 *
 * @param geometry a GeoJSON LineString, for a road
 * @param estimatedCost the author's estimate in roubles, if any
 * @param fromAppeal the author's own appeal the idea grows from
 */
public record Proposal(@Nullable CampaignId campaign, IdeaKind kind, String title, String text, @Nullable Double lat,
		@Nullable Double lon, @Nullable String geometry, @Nullable Long estimatedCost, @Nullable AppealId fromAppeal) {

	/** The longest title. */
	public static final int MAX_TITLE = 200;

	/** The longest text. */
	public static final int MAX_TEXT = 5000;

	public Proposal {
		title = title.strip();
		text = text.strip();
		if (title.length() < 5 || title.contains("\n")) {
			throw DomainException.invalid("ideas.title.invalid");
		}
		if (title.length() > MAX_TITLE || text.length() > MAX_TEXT) {
			throw DomainException.invalid("ideas.text.too-long");
		}
		if (text.length() < 10) {
			throw DomainException.invalid("ideas.text.too-short");
		}
		if (estimatedCost != null && estimatedCost <= 0) {
			throw DomainException.invalid("ideas.cost.positive");
		}
	}

}
