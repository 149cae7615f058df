package ru.vmeste.ideas.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.ideas.Campaign;
import ru.vmeste.ideas.Idea;
import ru.vmeste.ideas.IdeaId;
import ru.vmeste.ideas.IdeaKind;
import ru.vmeste.ideas.IdeaStatus;
import ru.vmeste.ideas.ReviewDecision;
import ru.vmeste.identity.UserId;
import ru.vmeste.platform.db.Rows;
import ru.vmeste.shared.DomainException;

/**
 * Experts decide whether an idea that reached its threshold is feasible: a feasible one gets a
 * cost estimate (a topic needs none), a not feasible one a public note saying why. They may
 * decide again while the campaign is in review (ideas outside campaigns: any time before a vote
 * or works take it).
 */
@Service
@Transactional
public class Reviews {

	/** One decision as the public sees it (the expert is not named). */
	public record Review(ReviewDecision decision, @Nullable Long estimatedCost, @Nullable String note, Instant at) {
	}

	static final int MAX_NOTE = 2000;

	private final IdeaStore ideas;

	private final CampaignStore campaigns;

	private final IdeaLifecycle lifecycle;

	private final JdbcClient jdbc;

	private final Clock clock;

	Reviews(IdeaStore ideas, CampaignStore campaigns, IdeaLifecycle lifecycle, JdbcClient jdbc, Clock clock) {
		this.ideas = ideas;
		this.campaigns = campaigns;
		this.lifecycle = lifecycle;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void review(IdeaId id, ReviewDecision decision, @Nullable Long estimatedCost, @Nullable String note,
			UserId expert) {
		String publicNote = note == null || note.isBlank() ? null : note.strip();
		if (publicNote != null && publicNote.length() > MAX_NOTE) {
			throw DomainException.invalid("ideas.review.note-too-long", MAX_NOTE);
		}
		if (estimatedCost != null && estimatedCost <= 0) {
			throw DomainException.invalid("ideas.cost.positive");
		}
		Idea idea = ideas.lock(id)
			.filter(found -> found.status().isPublic())
			.orElseThrow(() -> DomainException.notFound("ideas.idea.not-found"));
		if (decision == ReviewDecision.FEASIBLE && estimatedCost == null && idea.kind() != IdeaKind.TOPIC) {
			throw DomainException.invalid("ideas.review.cost-required");
		}
		if (decision == ReviewDecision.NOT_FEASIBLE && publicNote == null) {
			throw DomainException.invalid("ideas.review.note-required");
		}
		if (!idea.status().isReviewable()) {
			throw DomainException.conflict("ideas.review.not-reviewable");
		}
		if (idea.campaign() != null) {
			Campaign campaign = campaigns.find(idea.campaign()).orElseThrow();
			if (!campaign.phase().acceptsReviews()) {
				throw DomainException.conflict("ideas.review.wrong-phase");
			}
		}
		Instant now = clock.instant();
		jdbc.sql("""
				insert into ideas_reviews (idea_id, decision, estimated_cost, note, reviewer_id, at)
				values (?, ?, ?, ?, ?, ?)
				""").params(id.value(), decision.name(), estimatedCost, publicNote, expert.value(), Timestamp.from(now))
			.update();
		ideas.setReview(id, decision == ReviewDecision.FEASIBLE ? estimatedCost : null, publicNote);
		IdeaStatus to = decision == ReviewDecision.FEASIBLE ? IdeaStatus.FEASIBLE : IdeaStatus.NOT_FEASIBLE;
		String cost = estimatedCost == null ? null : String.valueOf(estimatedCost);
		if (to == idea.status()) {
			lifecycle.record(idea, IdeaChange.REVIEWED, publicNote, cost, expert);
		}
		else {
			lifecycle.move(idea, to, IdeaChange.REVIEWED, publicNote, cost, expert);
		}
	}

	@Transactional(readOnly = true)
	public List<Review> of(IdeaId idea) {
		return jdbc.sql("select decision, estimated_cost, note, at from ideas_reviews where idea_id = ? order by id desc")
			.param(idea.value())
			.query((rs, row) -> new Review(ReviewDecision.valueOf(rs.getString("decision")),
					Rows.longValue(rs, "estimated_cost"), rs.getString("note"), rs.getTimestamp("at").toInstant()))
			.list();
	}

}
