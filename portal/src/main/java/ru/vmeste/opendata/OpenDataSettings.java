package ru.vmeste.opendata;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the open data exports (how many stream at once is the platform's
 * {@code vmeste.downloads.*}, shared with the other long downloads).
 *
 * @param contactEmail where questions about the datasets go: every dataset's contactPoint in the catalog
 */
@ConfigurationProperties("vmeste.opendata")
public record OpenDataSettings(@DefaultValue("opendata@vmeste.local") String contactEmail) {
}
