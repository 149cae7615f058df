package ru.vmeste.open311;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Open311 interface.
 *
 * @param maxRequests the most service requests (or updates) one answer lists, and the largest page size
 * @param window how far back a request list reaches without dates, and the longest span a client may ask for
 * @param updatesWindow how far back the updates list reaches without dates
 * @param rateLimit requests per minute a new client app may make with its key (each app has its own)
 * @param repeatWindow how long a client's identical request answers what the first created instead of a new appeal
 */
@ConfigurationProperties("vmeste.open311")
public record Open311Settings(@DefaultValue("1000") int maxRequests, @DefaultValue("90d") Duration window,
		@DefaultValue("1d") Duration updatesWindow, @DefaultValue("60") int rateLimit,
		@DefaultValue("1d") Duration repeatWindow) {
}
