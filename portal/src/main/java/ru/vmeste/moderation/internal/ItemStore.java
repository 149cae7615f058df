package ru.vmeste.moderation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.identity.UserId;
import ru.vmeste.moderation.ModerationRequested.Similar;
import ru.vmeste.moderation.internal.ModerationItem.State;
import ru.vmeste.moderation.internal.SpamSignals.Reason;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * SQL for the moderation queue and its decisions.
 */
@Repository
public class ItemStore {

	/**
	 * What the queue is filtered by; {@code flag} is one of ANY, FLAGGED, CLEAN; {@code text} is
	 * a piece of the text to look for.
	 */
	public record Filter(State state, @Nullable String kind, String flag, @Nullable String text) {
	}

	/** A recorded decision. */
	public record DecisionRecord(String decision, @Nullable String reason, @Nullable String editedText,
			@Nullable String duplicateOf, @Nullable UserId decidedBy, Instant decidedAt) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ItemStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Adds an item unless the subject is already queued (a redelivered request). */
	boolean insert(ModerationItem item) {
		return jdbc.sql("""
				insert into moderation_items (id, kind, subject_id, author_id, title_ru, title_en, text, link, state,
				    profanity, spam, similar_items, flagged, requested_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?)
				on conflict (kind, subject_id) do nothing
				""")
			.params(item.id(), item.kind(), item.subjectId(), item.author().value(),
					item.title() == null ? null : item.title().ru(), item.title() == null ? null : item.title().en(),
					item.text(), item.link(), item.state().name(), json.writeValueAsString(item.profanity()),
					json.writeValueAsString(item.spam()), json.writeValueAsString(item.similar()), item.isFlagged(),
					Timestamp.from(item.requestedAt()))
			.update() == 1;
	}

	public Optional<ModerationItem> find(UUID id) {
		return jdbc.sql("select * from moderation_items where id = ?").param(id).query(this::item).optional();
	}

	public Optional<ModerationItem> find(String kind, String subjectId) {
		return jdbc.sql("select * from moderation_items where kind = ? and subject_id = ?").params(kind, subjectId)
			.query(this::item)
			.optional();
	}

	Optional<ModerationItem> lock(UUID id) {
		return jdbc.sql("select * from moderation_items where id = ? for update").param(id).query(this::item).optional();
	}

	public Paged<ModerationItem> page(Filter filter, PageQuery page) {
		List<String> conditions = new ArrayList<>(List.of("state = :state"));
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("state", filter.state().name());
		if (filter.kind() != null) {
			conditions.add("kind = :kind");
			params.put("kind", filter.kind());
		}
		if (!"ANY".equals(filter.flag())) {
			conditions.add("flagged = :flagged");
			params.put("flagged", "FLAGGED".equals(filter.flag()));
		}
		if (filter.text() != null) {
			// the trigram index answers this
			conditions.add("text ilike :text");
			params.put("text", "%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		String where = String.join(" and ", conditions);
		String order = filter.state() == State.PENDING ? "requested_at, id" : "decided_at desc, id";
		List<ModerationItem> items = jdbc.sql("select * from moderation_items where " + where + " order by " + order
				+ " limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(this::item)
			.list();
		long total = jdbc.sql("select count(*) from moderation_items where " + where).params(params)
			.query(Long.class)
			.single();
		return Paged.of(items, page, total);
	}

	/** How many items wait for a decision, of every kind. */
	public long pending() {
		return jdbc.sql("select count(*) from moderation_items where state = 'PENDING'").query(Long.class).single();
	}

	/** A waiting item as the queue's map needs it. */
	public record PendingSubject(UUID item, String kind, String subjectId, @Nullable LocalizedText title) {
	}

	/** The waiting items of the given kinds, oldest first, at most {@code limit}. */
	public List<PendingSubject> pendingSubjects(Collection<String> kinds, int limit) {
		if (kinds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select id, kind, subject_id, title_ru, title_en from moderation_items
				where state = 'PENDING' and kind in (:kinds) order by requested_at, id limit :limit
				""")
			.param("kinds", List.copyOf(kinds))
			.param("limit", limit)
			.query((rs, row) -> new PendingSubject(rs.getObject("id", UUID.class), rs.getString("kind"),
					rs.getString("subject_id"), title(rs)))
			.list();
	}

	private static @Nullable LocalizedText title(ResultSet rs) throws SQLException {
		String ru = rs.getString("title_ru");
		return ru == null ? null : new LocalizedText(ru, rs.getString("title_en"));
	}

	public List<String> kinds() {
		return jdbc.sql("select distinct kind from moderation_items where state = 'PENDING' order by kind")
			.query(String.class)
			.list();
	}

	boolean isPublished(String kind, String subjectId) {
		return jdbc.sql("select count(*) from moderation_items where kind = ? and subject_id = ? and state = 'PUBLISHED'")
			.params(kind, subjectId)
			.query(Long.class)
			.single() > 0;
	}

	/** What the author sent for moderation lately: whether a nearly identical text, and how many texts. */
	record AuthorHistory(boolean repeats, long recent) {
	}

	/**
	 * In one statement on the author's index: whether the author sent a nearly identical text
	 * since {@code repeatsSince}, and how many texts since {@code recentSince}.
	 */
	AuthorHistory authorHistory(UserId author, String text, Instant repeatsSince, Instant recentSince) {
		return jdbc.sql("""
				select coalesce(bool_or(similarity(text, :text) >= 0.8) filter (where requested_at >= :repeats), false) as repeats,
				       count(*) filter (where requested_at >= :recent) as recent
				from moderation_items
				where author_id = :author and requested_at >= :since
				""")
			.param("text", text)
			.param("repeats", Timestamp.from(repeatsSince))
			.param("recent", Timestamp.from(recentSince))
			.param("author", author.value())
			.param("since", Timestamp.from(repeatsSince.isBefore(recentSince) ? repeatsSince : recentSince))
			.query((rs, row) -> new AuthorHistory(rs.getBoolean("repeats"), rs.getLong("recent")))
			.single();
	}

	void decide(UUID item, State state, DecisionRecord decision) {
		jdbc.sql("update moderation_items set state = ?, decided_at = ? where id = ?")
			.params(state.name(), Timestamp.from(decision.decidedAt()), item)
			.update();
		jdbc.sql("""
				insert into moderation_decisions (item_id, decision, reason, edited_text, duplicate_of, decided_by, decided_at)
				values (?, ?, ?, ?, ?, ?, ?)
				""").params(item, decision.decision(), decision.reason(), decision.editedText(), decision.duplicateOf(),
				decision.decidedBy() == null ? null : decision.decidedBy().value(), Timestamp.from(decision.decidedAt()))
			.update();
	}

	public List<DecisionRecord> decisions(UUID item) {
		return jdbc.sql("select * from moderation_decisions where item_id = ? order by id").param(item)
			.query((rs, row) -> {
				UUID by = rs.getObject("decided_by", UUID.class);
				return new DecisionRecord(rs.getString("decision"), rs.getString("reason"), rs.getString("edited_text"),
						rs.getString("duplicate_of"), by == null ? null : new UserId(by),
						rs.getTimestamp("decided_at").toInstant());
			})
			.list();
	}

	private ModerationItem item(ResultSet rs, int row) throws SQLException {
		String titleRu = rs.getString("title_ru");
		Timestamp decided = rs.getTimestamp("decided_at");
		return new ModerationItem(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("subject_id"),
				new UserId(rs.getObject("author_id", UUID.class)),
				titleRu == null ? null : new LocalizedText(titleRu, rs.getString("title_en")), rs.getString("text"),
				rs.getString("link"), State.valueOf(rs.getString("state")),
				json.readValue(rs.getString("profanity"), new TypeReference<List<Vocabulary.Match>>() {
				}), json.readValue(rs.getString("spam"), new TypeReference<List<Reason>>() {
				}), json.readValue(rs.getString("similar_items"), new TypeReference<List<Similar>>() {
				}), rs.getTimestamp("requested_at").toInstant(), decided == null ? null : decided.toInstant());
	}

}
