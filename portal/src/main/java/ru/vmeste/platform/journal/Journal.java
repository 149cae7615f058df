package ru.vmeste.platform.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;

import ru.vmeste.platform.TransactionScoped;

/**
 * Journals of events: a module appends the events of a change in that change's transaction, and
 * each {@link JournalConsumer} of the stream takes them later in batches, from its own position.
 * It is the outbox for events many consumers take at a high rate (an appeal's changes): one row
 * per event instead of one event publication per event and listener, and one transaction per
 * batch instead of three per event and listener. Nothing committed is lost: the events stay until
 * every consumer of their stream has taken them.
 * <p>
 * The rows are written just before the transaction commits, under the stream's advisory lock,
 * which PostgreSQL holds until the commit has ended: so within a stream positions follow the
 * order of the commits, and a consumer that has taken everything up to a position never finds a
 * row below it later. Only the commits of one stream's appenders wait for each other, and only
 * for a commit's length.
 */
@Component
public class Journal {

	/** The first key of the streams' advisory locks (the second is the stream's name, hashed). */
	private static final int APPEND_LOCK_SPACE = 0x4A524E41;

	/** An event waiting for its transaction's commit. */
	private record Pending(String type, String payload) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final JournalTails tails;

	Journal(JdbcClient jdbc, JsonMapper json, JournalTails tails) {
		this.jdbc = jdbc;
		this.json = json;
		this.tails = tails;
	}

	/** Appends the event to the stream in the current transaction; its consumers hear of it after the commit. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void append(String stream, Object event) {
		pending().computeIfAbsent(stream, name -> new ArrayList<>())
			.add(new Pending(event.getClass().getName(), json.writeValueAsString(event)));
	}

	/** Events some consumer of this instance has not taken yet (0 when all are caught up); parked ones not counted. */
	public long backlog() {
		List<String> names = tails.names();
		if (names.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				select count(*) from platform_journal j
				where exists (select 1 from platform_journal_cursor c
				              where c.consumer in (:names) and c.stream = j.stream and j.position > c.position)""")
			.param("names", names)
			.query(Long.class)
			.single();
	}

	/**
	 * This transaction's events by stream (streams in name order, the order their locks are taken
	 * in), so a transaction started inside it commits its own ({@link TransactionScoped}).
	 */
	private Map<String, List<Pending>> pending() {
		return TransactionScoped.of(Flush.class, flush -> flush.journal() == this, Flush::new).pending;
	}

	/** Writes a transaction's events just before it commits; wakes their consumers after. */
	private final class Flush implements TransactionSynchronization {

		private final Map<String, List<Pending>> pending = new TreeMap<>();

		Journal journal() {
			return Journal.this;
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			if (!pending.isEmpty()) {
				write(pending);
			}
		}

		@Override
		public void afterCompletion(int status) {
			if (status == STATUS_COMMITTED) {
				pending.keySet().forEach(tails::wake);
			}
		}

	}

	/**
	 * Takes the streams' locks (in name order, so two transactions never wait for each other in a
	 * circle) and writes every event, in one statement: one round trip, so the locks are held for
	 * little more than the commit.
	 */
	private void write(Map<String, List<Pending>> pending) {
		List<String> streams = new ArrayList<>();
		List<String> types = new ArrayList<>();
		List<String> payloads = new ArrayList<>();
		pending.forEach((stream, events) -> events.forEach(event -> {
			streams.add(stream);
			types.add(event.type());
			payloads.add(event.payload());
		}));
		jdbc.sql("""
				with locked as (
				  select count(*) as streams from (
				    select pg_advisory_xact_lock(?, hashtext(l.stream))
				    from unnest(cast(? as text[])) with ordinality as l (stream, n) order by l.n) taken)
				insert into platform_journal (stream, event_type, payload)
				select e.stream, e.event_type, e.payload
				from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[])) with ordinality as e (stream, event_type, payload, n)
				where (select streams from locked) > 0
				order by e.n
				""")
			.params(APPEND_LOCK_SPACE, pending.keySet().toArray(String[]::new), streams.toArray(String[]::new),
					types.toArray(String[]::new), payloads.toArray(String[]::new))
			.update();
	}

}
