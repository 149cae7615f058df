package ru.vmeste.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * Copies of outgoing mail for the demo's mail page.
 */
@Repository
public class CapturedMails {

	/** One captured mail; {@code headers} are those the portal added (List-Unsubscribe…), in order. */
	public record CapturedMail(long id, String recipient, String subject, String bodyHtml, Map<String, String> headers,
			Instant createdAt) {
	}

	private final JdbcClient jdbc;

	CapturedMails(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(String recipient, String subject, String bodyHtml, Map<String, String> headers, Instant at) {
		String lines = headers.entrySet()
			.stream()
			.map(header -> header.getKey() + ": " + header.getValue())
			.collect(Collectors.joining("\n"));
		jdbc.sql("""
				insert into notifications_captured_mail (recipient, subject, body_html, headers, created_at)
				values (?, ?, ?, ?, ?)""")
			.params(recipient, subject, bodyHtml, lines, Timestamp.from(at))
			.update();
	}

	public Paged<CapturedMail> latest(PageQuery page) {
		List<CapturedMail> items = jdbc.sql("select * from notifications_captured_mail order by id desc limit ? offset ?")
			.params(page.size(), page.offset())
			.query((rs, row) -> new CapturedMail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
					rs.getString("body_html"), headers(rs.getString("headers")), rs.getTimestamp("created_at").toInstant()))
			.list();
		long total = jdbc.sql("select count(*) from notifications_captured_mail").query(Long.class).single();
		return Paged.of(items, page, total);
	}

	private static Map<String, String> headers(String lines) {
		Map<String, String> headers = new LinkedHashMap<>();
		lines.lines().filter(line -> line.contains(": ")).forEach(line -> {
			int colon = line.indexOf(": ");
			headers.put(line.substring(0, colon), line.substring(colon + 2));
		});
		return headers;
	}

}
