package ru.vmeste.edms.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.vmeste.reports.AppealId;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * The outbound queue ({@code edms_outbox}): messages for the EDMS in order per appeal, each
 * attempt recorded. A message is due when its back-off has passed and every earlier message of
 * its appeal was delivered, so a failing message holds back the ones after it, never others.
 */
@Component
public class Outbox {

	/** Where a message is. */
	public enum State {

		PENDING, DELIVERED, DEAD, SKIPPED

	}

	/** What a message says. */
	public enum Kind {

		REGISTER, READDRESSED, INFORMATION, RATED, REOPENED, CLOSED

	}

	/**
	 * A queued message.
	 *
	 * @param id also the idempotency key of every attempt to deliver it
	 * @param facts what the event said, as JSON
	 */
	public record Message(UUID id, AppealId appeal, int sequence, Kind kind, String facts, Instant eventAt, State state,
			int attempts, Instant nextAttemptAt, @Nullable String lastError, Instant createdAt,
			@Nullable Instant deliveredAt) {
	}

	/** A message with its appeal's number, for lists. */
	public record Queued(Message message, long appealNumber) {
	}

	/** One attempt to deliver a message. */
	public record Attempt(UUID message, Instant at, String outcome, @Nullable String error) {
	}

	/** How many messages are in each state. */
	public record Counts(long pending, long delivered, long dead) {
	}

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Queues a message unless the same event was queued before (a redelivered event). */
	boolean add(AppealId appeal, int sequence, Kind kind, String facts, Instant eventAt, Instant now) {
		return jdbc.sql("""
				insert into edms_outbox (id, appeal_id, sequence, kind, facts, event_at, state, next_attempt_at, created_at)
				values (?, ?, ?, ?, ?::jsonb, ?, 'PENDING', ?, ?)
				on conflict (appeal_id, kind, event_at) do nothing""")
			.params(UUID.randomUUID(), appeal.value(), sequence, kind.name(), facts, Timestamp.from(eventAt),
					Timestamp.from(now), Timestamp.from(now))
			.update() == 1;
	}

	/** Messages due now, oldest first, each the first undelivered one of its appeal. */
	List<Message> due(Instant now, int limit) {
		return jdbc.sql("""
				select o.* from edms_outbox o
				where o.state = 'PENDING' and o.next_attempt_at <= ?
				  and not exists (select 1 from edms_outbox e
				                  where e.appeal_id = o.appeal_id and e.sequence < o.sequence and e.state in ('PENDING', 'DEAD'))
				order by o.created_at, o.sequence
				limit ?""")
			.params(Timestamp.from(now), limit)
			.query(Outbox::message)
			.list();
	}

	void delivered(Message message, Instant now) {
		jdbc.sql("update edms_outbox set state = 'DELIVERED', attempts = attempts + 1, delivered_at = ?, last_error = null where id = ?")
			.params(Timestamp.from(now), message.id())
			.update();
		attempt(message, now, "DELIVERED", null);
	}

	/** A failed attempt: tried again at {@code next}, or a dead letter when {@code dead}. */
	void failed(Message message, String error, Instant now, Instant next, boolean dead) {
		jdbc.sql("update edms_outbox set state = ?, attempts = attempts + 1, next_attempt_at = ?, last_error = ? where id = ?")
			.params(dead ? "DEAD" : "PENDING", Timestamp.from(next), error, message.id())
			.update();
		attempt(message, now, dead ? "DEAD" : "FAILED", error);
	}

	/** Nothing to deliver any more (e.g. the appeal is gone); later messages may go. */
	void skipped(Message message, String reason, Instant now) {
		jdbc.sql("update edms_outbox set state = 'SKIPPED', last_error = ? where id = ?").params(reason, message.id()).update();
		attempt(message, now, "SKIPPED", reason);
	}

	/** A dead letter goes back into the queue with a fresh count of attempts. */
	boolean retry(UUID id, Instant now) {
		return jdbc.sql("update edms_outbox set state = 'PENDING', attempts = 0, next_attempt_at = ? where id = ? and state = 'DEAD'")
			.params(Timestamp.from(now), id)
			.update() == 1;
	}

	int retryAllDead(Instant now) {
		return jdbc.sql("update edms_outbox set state = 'PENDING', attempts = 0, next_attempt_at = ? where state = 'DEAD'")
			.param(Timestamp.from(now))
			.update();
	}

	Counts counts() {
		return jdbc.sql("""
				select count(*) filter (where state = 'PENDING') as pending,
				       count(*) filter (where state = 'DELIVERED') as delivered,
				       count(*) filter (where state = 'DEAD') as dead
				from edms_outbox""")
			.query((rs, row) -> new Counts(rs.getLong("pending"), rs.getLong("delivered"), rs.getLong("dead")))
			.single();
	}

	List<Message> ofAppeal(AppealId appeal) {
		return jdbc.sql("select * from edms_outbox where appeal_id = ? order by sequence").param(appeal.value())
			.query(Outbox::message)
			.list();
	}

	List<Attempt> attemptsOf(AppealId appeal) {
		return jdbc.sql("select * from edms_attempts where appeal_id = ? order by at, id").param(appeal.value())
			.query((rs, row) -> new Attempt(rs.getObject("message_id", UUID.class), rs.getTimestamp("at").toInstant(),
					rs.getString("outcome"), rs.getString("error")))
			.list();
	}

	/** Messages in a state, oldest first. */
	Paged<Queued> inState(State state, PageQuery page) {
		List<Queued> items = jdbc.sql("""
				select o.*, d.appeal_number from edms_outbox o join edms_documents d on d.appeal_id = o.appeal_id
				where o.state = ? order by o.created_at, o.sequence limit ? offset ?""")
			.params(state.name(), page.size(), page.offset())
			.query((rs, row) -> new Queued(message(rs, row), rs.getLong("appeal_number")))
			.list();
		long total = jdbc.sql("select count(*) from edms_outbox where state = ?").param(state.name()).query(Long.class).single();
		return new Paged<>(items, page.page(), page.size(), total);
	}

	private void attempt(Message message, Instant now, String outcome, @Nullable String error) {
		jdbc.sql("insert into edms_attempts (message_id, appeal_id, at, outcome, error) values (?, ?, ?, ?, ?)")
			.params(message.id(), message.appeal().value(), Timestamp.from(now), outcome, error)
			.update();
	}

	private static Message message(ResultSet rs, int row) throws SQLException {
		Timestamp delivered = rs.getTimestamp("delivered_at");
		return new Message(rs.getObject("id", UUID.class), new AppealId(rs.getObject("appeal_id", UUID.class)),
				rs.getInt("sequence"), Kind.valueOf(rs.getString("kind")), rs.getString("facts"),
				rs.getTimestamp("event_at").toInstant(), State.valueOf(rs.getString("state")), rs.getInt("attempts"),
				rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"),
				rs.getTimestamp("created_at").toInstant(), delivered == null ? null : delivered.toInstant());
	}

}
