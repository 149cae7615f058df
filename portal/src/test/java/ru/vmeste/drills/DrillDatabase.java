package ru.vmeste.drills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The PostgreSQL the drills' portal processes share, as an external server would be: it lives
 * in the test's JVM, so killing a portal never touches it.
 */
final class DrillDatabase implements AutoCloseable {

	/**
	 * Events not yet handled: event publications unfinished, and journal events some consumer has
	 * not taken (platform.journal).
	 */
	static final String UNFINISHED_EVENTS = """
			select (select count(*) from event_publication where completion_date is null)
			     + (select count(*) from platform_journal j
			        join platform_journal_cursor c on c.stream = j.stream and j.position > c.position)""";

	private final EmbeddedPostgres postgres;

	private final JdbcClient jdbc;

	DrillDatabase(Path dataDir) {
		try {
			postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(true)
				.setRegisterShutdownHook(true)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "300")
				.setServerConfig("fsync", "on")
				.setLocaleConfig("encoding", "UTF8")
				.start();
			try (Connection connection = postgres.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("create database vmeste encoding 'UTF8' template template0");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(url());
		dataSource.setUser("postgres");
		dataSource.setApplicationName("drill");
		jdbc = JdbcClient.create(dataSource);
	}

	String url() {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/vmeste";
	}

	JdbcClient jdbc() {
		return jdbc;
	}

	long count(String sql, Object... parameters) {
		return jdbc.sql(sql).params(parameters).query(Long.class).single();
	}

	@Override
	public void close() {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
