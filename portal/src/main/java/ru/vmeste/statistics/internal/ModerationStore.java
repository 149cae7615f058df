package ru.vmeste.statistics.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * When content entered the moderators' queue and when, by whom and how it was decided: the
 * moderators' queue times and decisions for the staff statistics.
 */
@Repository
class ModerationStore {

	/** The moderation kind of appeals (reports' own word for them). */
	static final String APPEAL = "APPEAL";

	private final JdbcClient jdbc;

	ModerationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Content entered the queue; the earliest time wins, whichever event says it first. */
	void requested(String kind, String subject, Instant at) {
		jdbc.sql("""
				insert into statistics_moderation (kind, subject_id, requested_at) values (?, ?, ?)
				on conflict (kind, subject_id) do update set requested_at =
				    least(coalesce(statistics_moderation.requested_at, excluded.requested_at), excluded.requested_at)
				""").params(kind, subject, Timestamp.from(at)).update();
	}

	/** A decision; a redelivered one changes nothing. */
	void decided(String kind, String subject, Instant at, @Nullable UUID moderator, String outcome) {
		jdbc.sql("""
				insert into statistics_moderation (kind, subject_id, decided_at, moderator_id, outcome) values (?, ?, ?, ?, ?)
				on conflict (kind, subject_id) do update set decided_at = excluded.decided_at,
				    moderator_id = excluded.moderator_id, outcome = excluded.outcome
				""").params(kind, subject, Timestamp.from(at), moderator, outcome).update();
	}

}
