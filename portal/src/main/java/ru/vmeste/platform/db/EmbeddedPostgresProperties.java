package ru.vmeste.platform.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL that runs when no {@code spring.datasource.url} is set.
 *
 * @param dataDir where the database files live; they survive restarts
 * @param clean whether to wipe the data directory when this JVM first starts the server (tests)
 * @param database the database the portal uses inside the server
 * @param maxPoolSize the size of the connection pool over the embedded server
 */
@ConfigurationProperties("vmeste.db.embedded")
public record EmbeddedPostgresProperties(Path dataDir, boolean clean, String database, int maxPoolSize) {

	public EmbeddedPostgresProperties {
		dataDir = dataDir == null ? Path.of("data", "pg") : dataDir;
		database = database == null || database.isBlank() ? "vmeste" : database;
		maxPoolSize = maxPoolSize <= 0 ? 20 : maxPoolSize;
	}

}
