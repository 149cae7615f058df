package ru.vmeste.reports.routing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.vmeste.reports.AppealId;

/**
 * On start, routes published appeals that no decision has routed: those published while the
 * portal was down before routing ran, or before routing existed. Each is routed in its own transaction, idempotently, so several instances
 * starting together do no harm.
 */
@Component
class PendingRouting implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(PendingRouting.class);

	private static final int BATCH = 200;

	private record Pending(AppealId id, Instant publishedAt) {
	}

	private final JdbcClient jdbc;

	private final Router router;

	PendingRouting(JdbcClient jdbc, Router router) {
		this.jdbc = jdbc;
		this.router = router;
	}

	@Override
	public int getOrder() {
		return 590;
	}

	@Override
	public void run(ApplicationArguments args) {
		int routed = 0;
		List<Pending> pending = after(new Pending(new AppealId(new UUID(0, 0)), Instant.EPOCH));
		while (!pending.isEmpty()) {
			pending.forEach(appeal -> router.route(appeal.id(), appeal.publishedAt()));
			routed += pending.size();
			pending = after(pending.getLast());
		}
		if (routed > 0) {
			log.info("{} appeals published before routing existed were routed", routed);
		}
	}

	private List<Pending> after(Pending last) {
		return jdbc.sql("""
				select id, published_at from reports_appeals
				where status = 'PUBLISHED' and (published_at, id) > (?, ?)
				order by published_at, id limit ?
				""")
			.params(Timestamp.from(last.publishedAt()), last.id().value(), BATCH)
			.query((rs, row) -> new Pending(new AppealId(rs.getObject("id", UUID.class)),
					rs.getTimestamp("published_at").toInstant()))
			.list();
	}

}
