package ru.vmeste.ideas.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.identity.UserId;
import ru.vmeste.ideas.IdeaId;
import ru.vmeste.ideas.IdeaStatus;

/**
 * The append-only history of an idea: every change is a row saying when, what, the status
 * after it and a public note. Who acted is kept for staff and never shown publicly.
 */
@Repository
public class IdeaHistory {

	/** One row of the history as the public sees it. */
	public record Entry(IdeaChange change, IdeaStatus status, @Nullable String note, @Nullable String ref, Instant at) {
	}

	private final JdbcClient jdbc;

	IdeaHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(IdeaId idea, IdeaChange change, IdeaStatus status, @Nullable String note, @Nullable String ref,
			@Nullable UserId actor, Instant at) {
		jdbc.sql("insert into ideas_history (idea_id, change, status, note, ref, actor_id, at) values (?, ?, ?, ?, ?, ?, ?)")
			.params(idea.value(), change.name(), status.name(), note, ref, actor == null ? null : actor.value(),
					Timestamp.from(at))
			.update();
	}

	/** The whole history, oldest first (an idea has a few dozen rows at most). */
	public List<Entry> of(IdeaId idea) {
		return jdbc.sql("select change, status, note, ref, at from ideas_history where idea_id = ? order by id")
			.param(idea.value())
			.query((rs, row) -> new Entry(IdeaChange.valueOf(rs.getString("change")),
					IdeaStatus.valueOf(rs.getString("status")), rs.getString("note"), rs.getString("ref"),
					rs.getTimestamp("at").toInstant()))
			.list();
	}

	/** When the idea entered the status last, if it did. */
	@Nullable Instant enteredAt(IdeaId idea, IdeaStatus status) {
		return jdbc.sql("select max(at) from ideas_history where idea_id = ? and status = ?")
			.params(idea.value(), status.name())
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.orElse(null);
	}

}
