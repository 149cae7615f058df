package ru.vmeste.bench;

import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a scenario cost the database, from PostgreSQL's own counters (pg_stat_database,
 * pg_stat_user_tables): the transactions and the rows written per completed operation, and the
 * tables written most, counted after the portal's outbox has
 * run every listener the operations' events asked for — the work behind one appeal or ballot
 * that a single-row INSERT does not do.
 */
record DatabaseWork(long commits, long inserted, long updated, long deleted, Map<String, Long> rowsWrittenPerTable) {

	/**
	 * Reads the counters after {@code settle}: a busy server process hands its statistics over
	 * at most once a second, an idle one within ten seconds.
	 */
	static DatabaseWork after(Duration settle, BenchDatabase database) throws SQLException, InterruptedException {
		Thread.sleep(settle.toMillis());
		database.execute("select pg_stat_force_next_flush()");
		Map<String, Long> perTable = new HashMap<>();
		for (String row : database.queryStrings(
				"select relname || '=' || (n_tup_ins + n_tup_upd + n_tup_del) from pg_stat_user_tables")) {
			perTable.put(row.substring(0, row.lastIndexOf('=')), Long.parseLong(row.substring(row.lastIndexOf('=') + 1)));
		}
		return new DatabaseWork(counter(database, "xact_commit"), counter(database, "tup_inserted"),
				counter(database, "tup_updated"), counter(database, "tup_deleted"), perTable);
	}

	/**
	 * Waits until the outbox holds no incomplete publication and the journals no event (every
	 * consumer took it and it was deleted, so its deletion counts to the operations that wrote it);
	 * answers how long that took.
	 */
	static Duration awaitOutboxDrained(BenchDatabase database, Duration limit) throws SQLException, InterruptedException {
		long started = System.nanoTime();
		long deadline = started + limit.toNanos();
		while (database.queryLong("""
				select (select count(*) from event_publication where completion_date is null)
				     + (select count(*) from platform_journal)""") > 0
				&& System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		return Duration.ofNanos(System.nanoTime() - started);
	}

	/** Transactions (read-only ones included) per operation between two readings. */
	double transactionsPerOperationSince(DatabaseWork before, long operations) {
		return (commits - before.commits) / (double) Math.max(1, operations);
	}

	/** Rows of one table written (inserted, updated or deleted) per operation between two readings. */
	double rowsWrittenPerOperationSince(DatabaseWork before, String table, long operations) {
		return (rowsWrittenPerTable.getOrDefault(table, 0L) - before.rowsWrittenPerTable.getOrDefault(table, 0L))
				/ (double) Math.max(1, operations);
	}

	/** The work per operation between two readings, as a line for the report. */
	String perOperationSince(DatabaseWork before, long operations) {
		double n = Math.max(1, operations);
		String busiest = rowsWrittenPerTable.entrySet().stream()
			.map(table -> Map.entry(table.getKey(), table.getValue() - before.rowsWrittenPerTable.getOrDefault(table.getKey(), 0L)))
			.filter(table -> table.getValue() > 0)
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(8)
			.map(table -> String.format(Locale.ROOT, "%s %.1f", table.getKey(), table.getValue() / n))
			.collect(Collectors.joining(", "));
		return String.format(Locale.ROOT,
				"%.1f transactions (read-only ones included), %.1f rows inserted, %.1f updated, %.1f deleted per operation; rows written per operation by table: %s",
				(commits - before.commits) / n, (inserted - before.inserted) / n, (updated - before.updated) / n,
				(deleted - before.deleted) / n, busiest);
	}

	private static long counter(BenchDatabase database, String column) throws SQLException {
		return database.queryLong("select " + column + " from pg_stat_database where datname = current_database()");
	}

}
