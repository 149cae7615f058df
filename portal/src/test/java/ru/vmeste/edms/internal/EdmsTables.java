package ru.vmeste.edms.internal;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import ru.vmeste.edms.EdmsSettings;
import ru.vmeste.reports.AppealId;

/**
 * Test fixtures over the EDMS tables of the shared test database: the portal there has no EDMS,
 * so only these tests write them, and they leave them empty.
 */
final class EdmsTables {

	private EdmsTables() {
	}

	static void clear(JdbcClient jdbc) {
		jdbc.sql("delete from edms_attempts").update();
		jdbc.sql("delete from edms_outbox").update();
		jdbc.sql("delete from edms_changes").update();
		jdbc.sql("delete from edms_documents").update();
		jdbc.sql("update edms_sync set next_run_at = timestamptz '2000-01-01 00:00:00+00', running_on = null, "
				+ "running_until = null, cursor = null").update();
	}

	/** Published demo appeals, oldest first. */
	static List<AppealId> appeals(JdbcClient jdbc, int count) {
		return jdbc.sql("select id from reports_appeals where status in ('ROUTED', 'IN_PROGRESS') order by number limit ?")
			.param(count)
			.query(UUID.class)
			.list()
			.stream()
			.map(AppealId::new)
			.toList();
	}

	static EdmsSettings settings(int batchSize, int maxAttempts) {
		return new EdmsSettings(URI.create("http://edms.test"), "secret", Duration.ofMinutes(10), Duration.ofSeconds(1),
				batchSize, maxAttempts, Duration.ofHours(6), Duration.ofMillis(200), Duration.ofMillis(200),
				Duration.ofMinutes(5), 100, Map.of(), Duration.ofDays(60));
	}

}
