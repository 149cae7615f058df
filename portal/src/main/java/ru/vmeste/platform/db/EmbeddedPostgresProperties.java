package ru.vmeste.platform.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL that runs when no {@code spring.datasource.url} is set.
 *
 * @param dataDir where the database files live; they survive restarts
 * @param clean whether to wipe the data directory when this JVM first starts the server (tests)
 * @param database the database the portal uses inside the server
 * @param maxPoolSize the size of the connection pool over the embedded server
 */
@ConfigurationProperties("vmeste.db.embedded")
public record EmbeddedPostgresProperties(@DefaultValue("./data/pg") Path dataDir, boolean clean,
		@DefaultValue("vmeste") String database, @DefaultValue("20") int maxPoolSize) {

	public EmbeddedPostgresProperties {
		if (database.isBlank() || maxPoolSize <= 0) {
			throw new IllegalArgumentException("vmeste.db.embedded needs a database name and a pool size above 0");
		}
	}

}
