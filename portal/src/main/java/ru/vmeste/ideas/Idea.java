package ru.vmeste.ideas;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.LineString;

import ru.vmeste.identity.UserId;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.TopicId;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.voting.VoteId;
import ru.vmeste.works.WorkId;

/**
 * A resident's idea as everyone may see it once published; its author is known by id only
 * and never shown publicly.
 *
 * @param campaign the campaign it was proposed in, or null for an idea outside campaigns
 * @param point where it is (for a road: the middle of its line), if it has a place
 * @param line the road stretch, for {@link IdeaKind#ROAD}
 * @param objects registry road objects the stretch runs along
 * @param estimatedCost in roubles: the author's estimate, replaced by the expert's
 * @param reviewNote the expert's public note
 * @param supports how many residents support it now
 * @param threshold how many supports it needs (its campaign's, or the one for ideas outside campaigns)
 * @param duplicateOf the idea it was merged into
 * @param fromAppeal the appeal it was made from
 * @param topic the topic made from it (a topic idea accepted into the catalog)
 * @param vote the vote it is an option of, and {@code voteOption} the option
 * @param work the works that carry it out
 */
public record Idea(IdeaId id, long number, @Nullable CampaignId campaign, IdeaKind kind, String title, String text,
		IdeaStatus status, UserId author, @Nullable GeoPoint point, @Nullable LineString line,
		@Nullable DistrictId district, List<UUID> objects, @Nullable Long estimatedCost, @Nullable String reviewNote,
		int supports, SupportThreshold threshold, @Nullable Instant thresholdReachedAt, @Nullable IdeaId duplicateOf, @Nullable AppealId fromAppeal,
		@Nullable TopicId topic, @Nullable VoteId vote, @Nullable UUID voteOption, @Nullable WorkId work,
		RatingSummary ratings, Instant createdAt, @Nullable Instant publishedAt, Instant updatedAt) {

	public Idea {
		objects = List.copyOf(objects);
	}

	public boolean isVisibleTo(@Nullable UserId user, boolean moderator) {
		return status.isPublic() || moderator || author.equals(user);
	}

	/** Supporters' ratings of the result of a done idea: how many and their sum of scores (1–5). */
	public record RatingSummary(int count, int sum) {

		public double average() {
			return count == 0 ? 0 : (double) sum / count;
		}

	}

}
