package ru.vmeste.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.UserId;
import ru.vmeste.notifications.MailKind;
import ru.vmeste.notifications.MailMode;

/**
 * Mails waiting for their person's daily or weekly digest, in the database: a digest lists
 * every one since the last, and they are removed in the transaction that sends it.
 */
@Component
class DigestQueue {

	/** A mail as its digest lists it. */
	record Item(long id, MailKind kind, String subject, @Nullable Long number, @Nullable String link, Instant at) {
	}

	private static final int BATCH = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	DigestQueue(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void queue(UserId user, MailMode mode, MailKind kind, String subject, @Nullable Long number, @Nullable String link) {
		jdbc.sql("""
				insert into notifications_digest_items (user_id, mode, kind, subject, number, link, created_at)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(user.value(), mode.name(), kind.name(), subject, number, link, Timestamp.from(clock.instant()))
			.update();
	}

	/** People with mails waiting for a digest of the mode, a batch at a time. */
	List<UserId> waiting(MailMode mode) {
		return jdbc.sql("select distinct user_id from notifications_digest_items where mode = ? limit ?")
			.params(mode.name(), BATCH)
			.query((rs, row) -> new UserId(rs.getObject(1, UUID.class)))
			.list();
	}

	/** The person's waiting mails of the mode, oldest first, locked until the digest is sent. */
	List<Item> take(UserId user, MailMode mode) {
		return jdbc.sql("""
				select id, kind, subject, number, link, created_at from notifications_digest_items
				where user_id = ? and mode = ? order by id for update skip locked
				""")
			.params(user.value(), mode.name())
			.query((rs, row) -> new Item(rs.getLong(1), MailKind.valueOf(rs.getString(2)), rs.getString(3),
					rs.getObject(4) == null ? null : rs.getLong(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	void sent(List<Item> items) {
		jdbc.sql("delete from notifications_digest_items where id = any(?)")
			.param(items.stream().map(Item::id).toArray(Long[]::new))
			.update();
	}

}
