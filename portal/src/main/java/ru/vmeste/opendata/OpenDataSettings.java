package ru.vmeste.opendata;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the open data exports.
 *
 * @param concurrentExports downloads streamed at once by this instance (each holds a database
 * connection while it streams)
 * @param exportWait how long a download waits for a free slot before the portal answers 503
 * @param contactEmail where questions about the datasets go: every dataset's contactPoint in the catalog
 */
@ConfigurationProperties("vmeste.opendata")
public record OpenDataSettings(@DefaultValue("4") int concurrentExports, @DefaultValue("10s") Duration exportWait,
		@DefaultValue("opendata@vmeste.local") String contactEmail) {
}
