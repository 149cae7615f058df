package ru.vmeste.platform.journal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import ru.vmeste.platform.AfterCompletion;

/**
 * Journals of events: a module appends the events of a change in that change's transaction, and
 * each {@link JournalConsumer} of the stream takes them later in batches, from its own position.
 * It is the outbox for events many consumers take at a high rate (an appeal's changes): one row
 * per event instead of one event publication per event and listener, and one transaction per
 * batch instead of three per event and listener. Nothing committed is lost: the events stay until
 * every consumer of their stream has taken them.
 */
@Component
public class Journal {

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
		jdbc.sql("insert into platform_journal (stream, event_type, payload) values (?, ?, ?)")
			.params(stream, event.getClass().getName(), json.writeValueAsString(event))
			.update();
		AfterCompletion.run(() -> tails.wake(stream));
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
				              where c.consumer in (:names) and c.stream = j.stream
				                and (j.txid, j.position) > (c.txid, c.position))""")
			.param("names", names)
			.query(Long.class)
			.single();
	}

}
