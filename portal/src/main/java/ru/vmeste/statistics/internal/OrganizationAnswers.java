package ru.vmeste.statistics.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * An organization's public answers, newest first, for its public page.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationAnswers {

	/** One answer: the appeal it answers and the public text. */
	public record RecentAnswer(UUID appeal, long number, Instant answeredAt, String text) {
	}

	private final JdbcClient jdbc;

	OrganizationAnswers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Paged<RecentAnswer> recent(OrganizationId organization, PageQuery page) {
		List<RecentAnswer> items = jdbc.sql("""
				select appeal_id, number, answered_at, text from statistics_answers where organization_id = ?
				order by answered_at desc, answer_id limit ? offset ?
				""")
			.params(organization.value(), page.size(), page.offset())
			.query((rs, row) -> new RecentAnswer(rs.getObject("appeal_id", UUID.class), rs.getLong("number"),
					rs.getTimestamp("answered_at").toInstant(), rs.getString("text")))
			.list();
		long total = jdbc.sql("select count(*) from statistics_answers where organization_id = ?")
			.param(organization.value())
			.query(Long.class)
			.single();
		return Paged.of(items, page, total);
	}

}
