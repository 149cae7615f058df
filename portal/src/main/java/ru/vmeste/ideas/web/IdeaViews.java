package ru.vmeste.ideas.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import ru.vmeste.ideas.Campaign;
import ru.vmeste.ideas.CampaignPhase;
import ru.vmeste.ideas.CampaignSchedule;
import ru.vmeste.ideas.Idea;
import ru.vmeste.ideas.IdeaId;
import ru.vmeste.ideas.IdeaKind;
import ru.vmeste.ideas.IdeaStatus;
import ru.vmeste.ideas.ReviewDecision;
import ru.vmeste.ideas.internal.Campaigns;
import ru.vmeste.ideas.internal.IdeaChange;
import ru.vmeste.ideas.internal.IdeaHistory;
import ru.vmeste.ideas.internal.IdeaReading;
import ru.vmeste.ideas.internal.Reviews;
import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.Role;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.geo.GeoJson;
import ru.vmeste.shared.trail.TrailStep;

/**
 * The API's and pages' views of ideas and campaigns: what the public may see, never an author,
 * supporter or expert by name.
 */
@Component
class IdeaViews {

	/** An idea in a list. */
	record IdeaSummary(String id, long number, @Nullable String campaignId, IdeaKind kind, String title, String text,
			IdeaStatus status, int supports, int threshold, int progress, @Nullable Double lat, @Nullable Double lon,
			@Nullable JsonNode geometry, @Nullable Long estimatedCost, @Nullable Instant publishedAt, String url) {
	}

	/** An idea with its whole story: history, reviews and the thread it belongs to. */
	record IdeaDetails(String id, long number, @Nullable String campaignId, IdeaKind kind, String title, String text,
			IdeaStatus status, int supports, int threshold, int progress, @Nullable Double lat, @Nullable Double lon,
			@Nullable JsonNode geometry, @Nullable Long estimatedCost, @Nullable String reviewNote,
			@Nullable String districtId, List<String> objectIds, @Nullable String duplicateOf,
			@Nullable String fromAppealId, @Nullable String topicId, @Nullable String voteId, @Nullable String workId,
			@Nullable Double ratingAverage, int ratingCount, Instant createdAt, @Nullable Instant publishedAt,
			List<HistoryView> history, List<ReviewView> reviews, List<TrailStep> trail, String url) {
	}

	@Schema(name = "IdeaHistoryView")
	record HistoryView(IdeaChange change, IdeaStatus status, @Nullable String note, @Nullable String ref, Instant at) {
	}

	record ReviewView(ReviewDecision decision, @Nullable Long estimatedCost, @Nullable String note, Instant at) {
	}

	/** A campaign as the API contract names it. */
	record CampaignView(String id, String title, String description, CampaignPhase phase, List<CampaignSchedule.Window> phases,
			long budget, List<String> districtIds, int supportThreshold, @Nullable String voteId, String url) {
	}

	private final IdeaReading reading;

	private final Campaigns campaigns;

	IdeaViews(IdeaReading reading, Campaigns campaigns) {
		this.reading = reading;
		this.campaigns = campaigns;
	}

	/** The idea if the user may see it: public, or their own, or any to moderators and experts. */
	Idea visible(IdeaId id, @Nullable PortalUser user) {
		Idea idea = reading.find(id).orElseThrow(() -> DomainException.notFound("ideas.idea.not-found"));
		boolean staff = user != null
				&& (user.hasRole(Role.MODERATOR) || user.hasRole(Role.EXPERT) || user.hasRole(Role.ADMIN));
		if (!idea.isVisibleTo(user == null ? null : user.id(), staff)) {
			throw DomainException.notFound("ideas.idea.not-found");
		}
		return idea;
	}

	IdeaSummary summary(Idea idea) {
		int threshold = idea.threshold().value();
		return new IdeaSummary(idea.id().toString(), idea.number(),
				idea.campaign() == null ? null : idea.campaign().toString(), idea.kind(), idea.title(), idea.text(),
				idea.status(), idea.supports(), threshold, idea.threshold().percent(idea.supports()),
				idea.point() == null ? null : idea.point().lat(), idea.point() == null ? null : idea.point().lon(),
				idea.line() == null ? null : GeoJson.write(idea.line()), idea.estimatedCost(), idea.publishedAt(),
				"/ideas/" + idea.id());
	}

	IdeaDetails details(Idea idea, Locale locale) {
		int threshold = idea.threshold().value();
		List<HistoryView> history = reading.history(idea.id())
			.stream()
			.map(IdeaViews::history)
			.toList();
		List<ReviewView> reviews = reading.reviews(idea.id())
			.stream()
			.map(review -> new ReviewView(review.decision(), review.estimatedCost(), review.note(), review.at()))
			.toList();
		return new IdeaDetails(idea.id().toString(), idea.number(),
				idea.campaign() == null ? null : idea.campaign().toString(), idea.kind(), idea.title(), idea.text(),
				idea.status(), idea.supports(), threshold, idea.threshold().percent(idea.supports()),
				idea.point() == null ? null : idea.point().lat(), idea.point() == null ? null : idea.point().lon(),
				idea.line() == null ? null : GeoJson.write(idea.line()), idea.estimatedCost(), idea.reviewNote(),
				idea.district() == null ? null : idea.district().value().toString(),
				idea.objects().stream().map(Object::toString).toList(),
				idea.duplicateOf() == null ? null : idea.duplicateOf().toString(),
				idea.fromAppeal() == null ? null : idea.fromAppeal().toString(),
				idea.topic() == null ? null : idea.topic().value().toString(),
				idea.vote() == null ? null : idea.vote().toString(), idea.work() == null ? null : idea.work().toString(),
				idea.ratings().count() == 0 ? null : Math.round(idea.ratings().average() * 10) / 10.0,
				idea.ratings().count(), idea.createdAt(), idea.publishedAt(), history, reviews,
				reading.trail(idea, locale).steps(), "/ideas/" + idea.id());
	}

	CampaignView campaign(Campaign campaign, Locale locale) {
		return new CampaignView(campaign.id().toString(), campaign.title().in(locale), campaign.description().in(locale),
				campaign.phase(), campaign.schedule().windows(), campaign.budget(),
				campaign.districts().stream().map(district -> district.value().toString()).sorted().toList(),
				campaign.threshold().value(), campaign.vote() == null ? null : campaign.vote().toString(),
				"/campaigns/" + campaign.id());
	}

	Campaign campaign(ru.vmeste.ideas.CampaignId id) {
		return campaigns.find(id);
	}

	private static HistoryView history(IdeaHistory.Entry entry) {
		return new HistoryView(entry.change(), entry.status(), entry.note(), entry.ref(), entry.at());
	}

}
