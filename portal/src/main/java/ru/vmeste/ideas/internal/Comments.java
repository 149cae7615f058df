package ru.vmeste.ideas.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.ideas.Campaign;
import ru.vmeste.ideas.Idea;
import ru.vmeste.ideas.IdeaId;
import ru.vmeste.moderation.ContentModerated;
import ru.vmeste.moderation.ModerationRequested;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.LocalizedText;

/**
 * Residents discuss public ideas: comments and replies to them (one level), each shown once a
 * moderator published it; its author sees their own waiting or rejected comment. Comments show
 * no names: only whether the idea's author wrote them.
 */
@Service
@Transactional
public class Comments {

	/** A comment with its replies (replies have none). */
	public record Comment(UUID id, @Nullable UUID parent, String text, Status status, boolean byIdeaAuthor, boolean mine,
			Instant createdAt, List<Comment> replies) {
	}

	/** Where a comment is in moderation. */
	public enum Status {

		MODERATION, PUBLISHED, REJECTED

	}

	static final String MODERATION_KIND = "IDEA_COMMENT";

	static final int MAX_TEXT = 2000;

	/** The most comments one idea's page shows (newest replies beyond it wait for the next page of life). */
	static final int MAX_SHOWN = 500;

	private final JdbcClient jdbc;

	private final IdeaStore ideas;

	private final CampaignStore campaigns;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Comments(JdbcClient jdbc, IdeaStore ideas, CampaignStore campaigns, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.ideas = ideas;
		this.campaigns = campaigns;
		this.events = events;
		this.clock = clock;
	}

	public UUID add(IdeaId ideaId, @Nullable UUID parent, String text, UserId author) {
		String body = text.strip();
		if (body.isEmpty()) {
			throw DomainException.invalid("ideas.comment.required");
		}
		if (body.length() > MAX_TEXT) {
			throw DomainException.invalid("ideas.comment.too-long", MAX_TEXT);
		}
		Idea idea = ideas.find(ideaId)
			.filter(found -> found.status().isPublic())
			.orElseThrow(() -> DomainException.notFound("ideas.idea.not-found"));
		if (idea.campaign() != null) {
			Campaign campaign = campaigns.find(idea.campaign()).orElseThrow();
			if (!campaign.phase().acceptsComments()) {
				throw DomainException.conflict("ideas.comment.closed");
			}
		}
		if (parent != null) {
			boolean topLevel = jdbc.sql("""
					select count(*) from ideas_comments where id = ? and idea_id = ? and parent_id is null and status = 'PUBLISHED'
					""").params(parent, ideaId.value()).query(Long.class).single() > 0;
			if (!topLevel) {
				throw DomainException.invalid("ideas.comment.parent");
			}
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into ideas_comments (id, idea_id, parent_id, author_id, text, status, created_at)
				values (?, ?, ?, ?, ?, 'MODERATION', ?)
				""").params(id, ideaId.value(), parent, author.value(), body, Timestamp.from(clock.instant())).update();
		events.publishEvent(new ModerationRequested(MODERATION_KIND, id.toString(), body, author,
				new LocalizedText("Комментарий к идее № " + idea.number(), "Comment on idea № " + idea.number()),
				"/ideas/" + ideaId + "#comment-" + id, List.of()));
		return id;
	}

	/** The published comments of an idea with the viewer's own others, replies under their comment. */
	@Transactional(readOnly = true)
	public List<Comment> of(Idea idea, @Nullable UserId viewer) {
		UUID me = viewer == null ? new UUID(0, 0) : viewer.value();
		List<Comment> flat = jdbc.sql("""
				select id, parent_id, text, status, author_id, created_at from ideas_comments
				where idea_id = ? and (status = 'PUBLISHED' or author_id = ?)
				order by created_at, id limit ?
				""").params(idea.id().value(), me, MAX_SHOWN).query((rs, row) -> {
				UUID author = rs.getObject("author_id", UUID.class);
				return new Comment(rs.getObject("id", UUID.class), rs.getObject("parent_id", UUID.class),
						rs.getString("text"), Status.valueOf(rs.getString("status")),
						author.equals(idea.author().value()), author.equals(me), rs.getTimestamp("created_at").toInstant(),
						List.of());
			}).list();
		Map<UUID, List<Comment>> replies = new LinkedHashMap<>();
		List<Comment> top = new ArrayList<>();
		for (Comment comment : flat) {
			if (comment.parent() == null) {
				top.add(comment);
			}
			else {
				replies.computeIfAbsent(comment.parent(), key -> new ArrayList<>()).add(comment);
			}
		}
		return top.stream()
			.map(comment -> new Comment(comment.id(), null, comment.text(), comment.status(), comment.byIdeaAuthor(),
					comment.mine(), comment.createdAt(), replies.getOrDefault(comment.id(), List.of())))
			.toList();
	}

	/** The moderation queue decided on a comment. */
	void moderated(ContentModerated outcome) {
		UUID id = UUID.fromString(outcome.subjectId());
		Status status = outcome.published() ? Status.PUBLISHED : Status.REJECTED;
		jdbc.sql("""
				update ideas_comments set status = ?, text = coalesce(?, text), published_at = ?
				where id = ? and status = 'MODERATION'
				""")
			.params(status.name(), outcome.published() ? outcome.editedText() : null,
					outcome.published() ? Timestamp.from(outcome.decidedAt()) : null, id)
			.update();
	}

}
