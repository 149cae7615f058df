package ru.vmeste.edms.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cluster-wide sync schedule, one row in {@code edms_sync}. An instance may run a sync only
 * by moving the row's next run one interval on, in a single conditional update, so however many
 * instances look, each interval's sync runs once; the running one holds a lease it renews, so a
 * sync that outlives its instance is taken over when the lease runs out. Times come from the
 * portal's clock, which lets a test clock drive the interval.
 */
@Component
public class SyncSchedule {

	/**
	 * The row as the operator sees it.
	 *
	 * @param syncs how many syncs were started since the portal was installed
	 */
	public record State(Instant nextRunAt, @Nullable String runningOn, @Nullable Instant runningUntil,
			@Nullable String cursor, long syncs, @Nullable Instant lastSyncAt, @Nullable String lastError,
			@Nullable Instant lastErrorAt) {
	}

	private final JdbcClient jdbc;

	SyncSchedule(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Takes the sync due now for this instance; empty when none is due or another instance runs one. */
	Optional<Long> claim(String instance, Instant now, Instant nextRun, Instant leaseUntil) {
		return jdbc.sql("""
				update edms_sync set next_run_at = ?, running_on = ?, running_until = ?, syncs = syncs + 1
				where id = 1 and next_run_at <= ? and (running_until is null or running_until <= ?)
				returning syncs""")
			.params(Timestamp.from(nextRun), instance, Timestamp.from(leaseUntil), Timestamp.from(now), Timestamp.from(now))
			.query(Long.class)
			.optional();
	}

	/** Renews the lease; false when another instance has taken the sync over. */
	boolean renew(String instance, Instant leaseUntil) {
		return jdbc.sql("update edms_sync set running_until = ? where id = 1 and running_on = ?")
			.params(Timestamp.from(leaseUntil), instance)
			.update() == 1;
	}

	void finish(String instance, Instant now, @Nullable String error) {
		jdbc.sql("""
				update edms_sync set running_on = null, running_until = null, last_sync_at = ?,
				    last_error = coalesce(?, last_error), last_error_at = case when cast(? as text) is null then last_error_at else ? end
				where id = 1 and running_on = ?""")
			.params(Timestamp.from(now), error, error, Timestamp.from(now), instance)
			.update();
	}

	/** The next sync runs at the next look of any instance (the operator's "retry now"). */
	void runSoon(Instant now) {
		jdbc.sql("update edms_sync set next_run_at = least(next_run_at, ?) where id = 1").param(Timestamp.from(now)).update();
	}

	@Nullable String cursor() {
		return jdbc.sql("select cursor from edms_sync where id = 1").query(String.class).optional().orElse(null);
	}

	void saveCursor(String cursor) {
		jdbc.sql("update edms_sync set cursor = ? where id = 1").param(cursor).update();
	}

	State state() {
		return jdbc.sql("select * from edms_sync where id = 1")
			.query((rs, row) -> new State(rs.getTimestamp("next_run_at").toInstant(), rs.getString("running_on"),
					instant(rs.getTimestamp("running_until")), rs.getString("cursor"), rs.getLong("syncs"),
					instant(rs.getTimestamp("last_sync_at")), rs.getString("last_error"),
					instant(rs.getTimestamp("last_error_at"))))
			.single();
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
