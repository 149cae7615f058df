package ru.vmeste.ideas.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.ideas.CampaignId;
import ru.vmeste.ideas.IdeaId;
import ru.vmeste.ideas.IdeaKind;
import ru.vmeste.ideas.IdeaOffered;
import ru.vmeste.ideas.Proposal;
import ru.vmeste.identity.UserId;
import ru.vmeste.platform.db.Rows;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.Appeals;
import ru.vmeste.shared.DomainException;

/**
 * "From an appeal": a moderator or official offers to turn an appeal that needs money or a
 * decision rather than a repair into an idea at the appeal's place; its author is asked by mail
 * and, agreeing on the offer's page, becomes the idea's author (the idea then goes through
 * moderation like any other). Nothing is proposed in a resident's name without their consent.
 */
@Service
@Transactional
public class AppealOffers {

	/** What staff propose the idea to be; its place is the appeal's. */
	public record Draft(@Nullable CampaignId campaign, IdeaKind kind, String title, String text,
			@Nullable Long estimatedCost) {

		public Draft {
			if (kind != IdeaKind.IDEA && kind != IdeaKind.PROJECT) {
				throw DomainException.invalid("ideas.offer.kind");
			}
			title = title.strip();
			text = text.strip();
		}

	}

	/** An offer and what became of it. */
	public record Offer(UUID id, AppealId appeal, UserId author, @Nullable CampaignId campaign, IdeaKind kind,
			String title, String text, @Nullable Long estimatedCost, Status status, @Nullable IdeaId idea,
			Instant createdAt) {
	}

	/** Where an offer is. */
	public enum Status {

		PENDING, ACCEPTED, DECLINED

	}

	private final JdbcClient jdbc;

	private final Appeals appeals;

	private final IdeaStore ideas;

	private final Proposals proposals;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AppealOffers(JdbcClient jdbc, Appeals appeals, IdeaStore ideas, Proposals proposals,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.appeals = appeals;
		this.ideas = ideas;
		this.proposals = proposals;
		this.events = events;
		this.clock = clock;
	}

	public UUID offer(AppealId appealId, Draft draft, UserId staff) {
		Appeal appeal = appeals.find(appealId)
			.filter(found -> found.status().isPublic())
			.orElseThrow(() -> DomainException.notFound("ideas.appeal.unknown"));
		// the same checks a resident's own proposal gets, before the author is asked anything
		new Proposal(draft.campaign(), draft.kind(), draft.title(), draft.text(), appeal.point().lat(),
				appeal.point().lon(), null, draft.estimatedCost(), appealId);
		if (ideas.byAppeal(appealId).isPresent()) {
			throw DomainException.conflict("ideas.appeal.already-idea");
		}
		boolean pending = jdbc.sql("select count(*) from ideas_appeal_offers where appeal_id = ? and status = 'PENDING'")
			.param(appealId.value())
			.query(Long.class)
			.single() > 0;
		if (pending) {
			throw DomainException.conflict("ideas.offer.pending");
		}
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		jdbc.sql("""
				insert into ideas_appeal_offers (id, appeal_id, author_id, offered_by, campaign_id, kind, title, text,
				    estimated_cost, status, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)
				""")
			.params(id, appealId.value(), appeal.author().value(), staff.value(),
					draft.campaign() == null ? null : draft.campaign().value(), draft.kind().name(), draft.title(),
					draft.text(), draft.estimatedCost(), Timestamp.from(now))
			.update();
		events.publishEvent(new IdeaOffered(id, appealId, appeal.number(), appeal.author(), draft.title(), now));
		return id;
	}

	/** The appeal's author agrees: the idea is proposed in their name (and goes to moderation). */
	public IdeaId accept(UUID id, UserId user) {
		Offer offer = pendingOf(id, user);
		Appeal appeal = appeals.find(offer.appeal()).orElseThrow(() -> DomainException.notFound("ideas.appeal.unknown"));
		IdeaId idea = proposals.submit(new Proposal(offer.campaign(), offer.kind(), offer.title(), offer.text(),
				appeal.point().lat(), appeal.point().lon(), null, offer.estimatedCost(), offer.appeal()), user);
		decide(id, Status.ACCEPTED, idea);
		return idea;
	}

	public void decline(UUID id, UserId user) {
		pendingOf(id, user);
		decide(id, Status.DECLINED, null);
	}

	/** An offer as its author (or staff) sees it. */
	@Transactional(readOnly = true)
	public Optional<Offer> find(UUID id) {
		return jdbc.sql("select * from ideas_appeal_offers where id = ?").param(id).query(this::offer).optional();
	}

	private Offer pendingOf(UUID id, UserId user) {
		Offer offer = jdbc.sql("select * from ideas_appeal_offers where id = ? for update")
			.param(id)
			.query(this::offer)
			.optional()
			.filter(found -> found.author().equals(user))
			.orElseThrow(() -> DomainException.notFound("ideas.offer.not-found"));
		if (offer.status() != Status.PENDING) {
			throw DomainException.conflict("ideas.offer.decided");
		}
		return offer;
	}

	private void decide(UUID id, Status status, @Nullable IdeaId idea) {
		jdbc.sql("update ideas_appeal_offers set status = ?, idea_id = ?, decided_at = ? where id = ?")
			.params(status.name(), idea == null ? null : idea.value(), Timestamp.from(clock.instant()), id)
			.update();
	}

	private Offer offer(ResultSet rs, int row) throws SQLException {
		return new Offer(rs.getObject("id", UUID.class), new AppealId(rs.getObject("appeal_id", UUID.class)),
				new UserId(rs.getObject("author_id", UUID.class)), Rows.id(rs, "campaign_id", CampaignId::new),
				IdeaKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("text"),
				Rows.longValue(rs, "estimated_cost"), Status.valueOf(rs.getString("status")),
				Rows.id(rs, "idea_id", IdeaId::new), rs.getTimestamp("created_at").toInstant());
	}

}
