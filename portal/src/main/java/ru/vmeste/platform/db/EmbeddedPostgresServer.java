package ru.vmeste.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per JVM and data directory, shared by every application
 * context that asks for it (the test suite starts several) and stopped when the last one
 * releases it, so the database outlives in-flight work during a graceful shutdown. Each
 * context gets the database it names, created on first use even when the server already runs.
 */
final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Map<Path, EmbeddedPostgresServer> running = new HashMap<>();

	private final Path dataDir;

	private final EmbeddedPostgres postgres;

	private int users;

	private EmbeddedPostgresServer(Path dataDir, EmbeddedPostgres postgres) {
		this.dataDir = dataDir;
		this.postgres = postgres;
	}

	static synchronized EmbeddedPostgresServer acquire(EmbeddedPostgresProperties properties) {
		Path dataDir = properties.dataDir().toAbsolutePath().normalize();
		EmbeddedPostgresServer server = running.get(dataDir);
		if (server == null) {
			server = new EmbeddedPostgresServer(dataDir, start(dataDir, properties.clean()));
			running.put(dataDir, server);
		}
		server.createDatabase(properties.database());
		server.users++;
		return server;
	}

	String jdbcUrl(String database) {
		return postgres.getJdbcUrl("postgres", database);
	}

	synchronized void release() {
		synchronized (EmbeddedPostgresServer.class) {
			if (--users > 0) {
				return;
			}
			running.remove(dataDir);
			try {
				postgres.close();
				log.info("Embedded PostgreSQL in {} stopped", dataDir);
			}
			catch (IOException ex) {
				log.warn("Embedded PostgreSQL in {} did not stop cleanly", dataDir, ex);
			}
		}
	}

	private static EmbeddedPostgres start(Path dataDir, boolean clean) {
		try {
			Files.createDirectories(dataDir);
			stopOrphanedServer(dataDir);
			if (clean) {
				wipe(dataDir);
			}
			long started = System.nanoTime();
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(clean)
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "300")
				.setServerConfig("shared_buffers", "256MB")
				.setServerConfig("fsync", clean ? "off" : "on")
				.setServerConfig("synchronous_commit", clean ? "off" : "on")
				.setLocaleConfig("encoding", "UTF8")
				.start();
			log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)", postgres.getPort(), dataDir,
					Duration.ofNanos(System.nanoTime() - started).toMillis());
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir
					+ "; set spring.datasource.url to use an external server", ex);
		}
	}

	/**
	 * A server left running by a JVM that was killed holds the data directory's lock; ask it
	 * to shut down (SIGTERM is PostgreSQL's smart shutdown, which keeps committed data).
	 */
	private static void stopOrphanedServer(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<ProcessHandle> orphan = Files.readAllLines(pidFile)
			.stream()
			.findFirst()
			.map(String::strip)
			.filter(line -> line.matches("\\d+"))
			.flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
			.filter(ProcessHandle::isAlive)
			.filter(process -> process.info().command().map(cmd -> cmd.contains("postgres")).orElse(false));
		if (orphan.isPresent()) {
			log.warn("Stopping an embedded PostgreSQL left running in {} (pid {})", dataDir, orphan.get().pid());
			orphan.get().destroy();
			orphan.get().onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
		}
	}

	/**
	 * A clean start begins from an empty directory: the server wipes its directory only when it
	 * stops, so a test JVM that was killed leaves one behind, and initdb refuses a non-empty one.
	 */
	private static void wipe(Path dataDir) throws IOException {
		try (var files = Files.walk(dataDir)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				if (!file.equals(dataDir)) {
					Files.delete(file);
				}
			}
		}
	}

	private void createDatabase(String database) {
		if (!database.matches("[a-z][a-z0-9_]*")) {
			throw new IllegalArgumentException("Invalid embedded database name: " + database);
		}
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, database);
			if (!exists.executeQuery().next()) {
				try (var create = connection.createStatement()) {
					create.execute("create database " + database + " encoding 'UTF8' template template0");
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the embedded database " + database, ex);
		}
	}

}
