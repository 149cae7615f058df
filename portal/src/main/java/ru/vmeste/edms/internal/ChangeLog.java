package ru.vmeste.edms.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.vmeste.edms.connector.DocumentChange;
import ru.vmeste.reports.AppealId;

/**
 * The changes the EDMS reported ({@code edms_changes}), each taken once: its id is the key,
 * whether it came by webhook, by poll, or both.
 */
@Component
public class ChangeLog {

	/** Where a change came from. */
	public enum Source {

		WEBHOOK, POLL

	}

	/** A change as recorded, with what the portal did about it. */
	public record Entry(String changeId, @Nullable String number, String status, Instant at, Instant receivedAt,
			Source source, String outcome) {
	}

	private final JdbcClient jdbc;

	ChangeLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean isKnown(String changeId) {
		return jdbc.sql("select exists (select 1 from edms_changes where change_id = ?)").param(changeId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Records a change unless it is known; a second caller with the same change waits for the
	 * first one's transaction and then learns it is known.
	 */
	boolean record(DocumentChange change, @Nullable AppealId appeal, Source source, Instant now) {
		return jdbc.sql("""
				insert into edms_changes (change_id, appeal_id, number, status, at, received_at, source, outcome)
				values (?, ?, ?, ?, ?, ?, ?, 'RECEIVED')
				on conflict (change_id) do nothing""")
			.params(change.id(), appeal == null ? null : appeal.value(), change.number(), change.status(),
					Timestamp.from(change.at()), Timestamp.from(now), source.name())
			.update() == 1;
	}

	void outcome(String changeId, String outcome) {
		jdbc.sql("update edms_changes set outcome = ? where change_id = ?").params(outcome, changeId).update();
	}

	List<Entry> ofAppeal(AppealId appeal) {
		return jdbc.sql("select * from edms_changes where appeal_id = ? order by at, received_at").param(appeal.value())
			.query((rs, row) -> new Entry(rs.getString("change_id"), rs.getString("number"), rs.getString("status"),
					rs.getTimestamp("at").toInstant(), rs.getTimestamp("received_at").toInstant(),
					Source.valueOf(rs.getString("source")), rs.getString("outcome")))
			.list();
	}

	static @Nullable UUID uuidOrNull(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
