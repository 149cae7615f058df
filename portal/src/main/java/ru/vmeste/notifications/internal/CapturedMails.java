package ru.vmeste.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * Copies of outgoing mail for the demo's mail page.
 */
@Repository
public class CapturedMails {

	/** One captured mail. */
	public record CapturedMail(long id, String recipient, String subject, String bodyHtml, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	CapturedMails(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(String recipient, String subject, String bodyHtml, Instant at) {
		jdbc.sql("insert into notifications_captured_mail (recipient, subject, body_html, created_at) values (?, ?, ?, ?)")
			.params(recipient, subject, bodyHtml, Timestamp.from(at))
			.update();
	}

	public Paged<CapturedMail> latest(PageQuery page) {
		List<CapturedMail> items = jdbc.sql("select * from notifications_captured_mail order by id desc limit ? offset ?")
			.params(page.size(), page.offset())
			.query((rs, row) -> new CapturedMail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
					rs.getString("body_html"), rs.getTimestamp("created_at").toInstant()))
			.list();
		long total = jdbc.sql("select count(*) from notifications_captured_mail").query(Long.class).single();
		return Paged.of(items, page, total);
	}

}
