package ru.vmeste.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * The embedded PostgreSQL the whole bench runs on: the portal connects to it as an external
 * server, and the baselines and data generators use it directly, so every figure is measured
 * on the same database, minutes apart.
 */
final class BenchDatabase implements AutoCloseable {

	static final String DATABASE = "vmeste";

	private final EmbeddedPostgres postgres;

	private final HikariDataSource pool;

	private BenchDatabase(EmbeddedPostgres postgres, HikariDataSource pool) {
		this.postgres = postgres;
		this.pool = pool;
	}

	static BenchDatabase start(Path dataDir) throws IOException, SQLException {
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(true)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("max_connections", "300")
			.setServerConfig("shared_buffers", "512MB")
			.setServerConfig("work_mem", "16MB")
			// where an operation's database time goes, statement by statement (Statements)
			.setServerConfig("shared_preload_libraries", "pg_stat_statements")
			.setServerConfig("pg_stat_statements.track", "all")
			.setLocaleConfig("encoding", "UTF8")
			.start();
		try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
			connection.createStatement().execute("create database " + DATABASE + " template template0 encoding 'UTF8'");
		}
		try (Connection connection = postgres.getDatabase("postgres", DATABASE).getConnection()) {
			connection.createStatement().execute("create extension pg_stat_statements");
		}
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
		pool.setUsername("postgres");
		pool.setMaximumPoolSize(40);
		return new BenchDatabase(postgres, pool);
	}

	/** The PostgreSQL server processes serving the portal's connections. */
	List<Long> portalServerPids() throws SQLException {
		// the portal names its pool's connections vmeste/<instance id> (platform's PortalInstance),
		// which overrides the ApplicationName the bench passes
		return queryStrings("select pid from pg_stat_activity where application_name = '" + PortalProcess.APPLICATION_NAME
				+ "' or application_name like 'vmeste/%'")
			.stream().map(Long::valueOf).toList();
	}

	/** Forgets the statements counted so far, so the next {@link #statementsPerOperation} covers one scenario. */
	void resetStatements() throws SQLException {
		execute("select pg_stat_statements_reset()");
	}

	/**
	 * Statements the server ran in the database since {@link #resetStatements}, per operation:
	 * nested ones and BEGIN/COMMIT included, and whatever else ran meanwhile (the portal's
	 * background polls, the bench's own reads), a small share over thousands of operations.
	 */
	double statementCallsPerOperation(long operations) throws SQLException {
		try (Connection connection = pool.getConnection(); var result = connection.createStatement().executeQuery("""
				select coalesce(sum(calls), 0) from pg_stat_statements
				where dbid = (select oid from pg_database where datname = current_database())""")) {
			result.next();
			return result.getLong(1) / (double) Math.max(1, operations);
		}
	}

	/**
	 * The statements that took most of the server's execution time since {@link #resetStatements},
	 * per operation: calls and milliseconds of execution, each with the start of its text.
	 */
	List<String> statementsPerOperation(long operations, int limit) throws SQLException {
		double n = Math.max(1, operations);
		List<String> lines = new ArrayList<>();
		try (Connection connection = pool.getConnection(); var result = connection.createStatement().executeQuery("""
				select calls, total_exec_time, regexp_replace(query, '\\s+', ' ', 'g')
				from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
				order by total_exec_time desc limit %d""".formatted(limit))) {
			while (result.next()) {
				String query = result.getString(3);
				lines.add(String.format(Locale.ROOT, "%6.2f calls %7.3f ms  %s", result.getLong(1) / n, result.getDouble(2) / n,
						query.length() > 140 ? query.substring(0, 140) + "…" : query));
			}
		}
		return lines;
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", DATABASE);
	}

	DataSource dataSource() {
		return pool;
	}

	/**
	 * A connection of its own, outside the pool: its server process serves it alone (so its
	 * processor time can be read) and ends when it is closed, handing its statistics over at once.
	 */
	Connection unpooledConnection() throws SQLException {
		return postgres.getDatabase("postgres", DATABASE).getConnection();
	}

	void execute(String sql) throws SQLException {
		try (Connection connection = pool.getConnection()) {
			connection.createStatement().execute(sql);
		}
	}

	long queryLong(String sql) throws SQLException {
		try (Connection connection = pool.getConnection(); var result = connection.createStatement().executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	String queryString(String sql) throws SQLException {
		try (Connection connection = pool.getConnection(); var result = connection.createStatement().executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

	List<String> queryStrings(String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection connection = pool.getConnection(); var result = connection.createStatement().executeQuery(sql)) {
			while (result.next()) {
				values.add(result.getString(1));
			}
		}
		return values;
	}

	/** Bulk-loads CSV rows with COPY, the fastest way into PostgreSQL. */
	long copy(String table, String columns, Reader csv) throws SQLException, IOException {
		try (Connection connection = pool.getConnection()) {
			return new CopyManager(connection.unwrap(BaseConnection.class))
				.copyIn("copy " + table + " (" + columns + ") from stdin (format csv)", csv);
		}
	}

	String size() throws SQLException {
		try (Connection connection = pool.getConnection();
				var result = connection.createStatement().executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
			result.next();
			return result.getString(1);
		}
	}

	@Override
	public void close() throws IOException {
		pool.close();
		postgres.close();
	}

}
