package ru.vmeste.edms;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

import ru.vmeste.reports.AppealStatus;

/**
 * How the portal reaches the administration's document management system, and organizations on
 * the e-mail channel (docs/edms.md).
 *
 * @param baseUrl the EDMS's address for the reference HTTPS + JSON protocol; unset means no EDMS
 * (appeals of EDMS organizations stay in the portal's inbox)
 * @param secret the shared HMAC-SHA256 key both sides sign their messages with
 * @param syncInterval how often the portal sends pending messages and asks for changes
 * @param tick how often each instance looks whether a sync is due (the schedule itself is kept in
 * the database, so only one instance runs each sync)
 * @param batchSize at most this many messages per sync, so the EDMS is never flooded
 * @param maxAttempts failures after which a message becomes a dead letter for the operator
 * @param maxBackoff the longest wait between two attempts of one message (the wait doubles from
 * one sync interval)
 * @param connectTimeout how long to wait for a connection to the EDMS
 * @param readTimeout how long to wait for the EDMS's answer to one request
 * @param replayWindow how far a signed message's timestamp may be from now; older ones are refused
 * @param pollLimit at most this many changes asked for per poll request
 * @param statuses the EDMS's statuses and the portal status each one means; statuses not listed
 * are recorded and shown but change nothing in the portal
 * @param letterValidity how long the reply link in a letter to an organization on the e-mail channel works
 */
@ConfigurationProperties("vmeste.edms")
public record EdmsSettings(@Nullable URI baseUrl, @Nullable String secret, Duration syncInterval, Duration tick,
		int batchSize, int maxAttempts, Duration maxBackoff, Duration connectTimeout, Duration readTimeout,
		Duration replayWindow, int pollLimit, Map<String, AppealStatus> statuses, Duration letterValidity) {

	public EdmsSettings {
		baseUrl = baseUrl == null || baseUrl.toString().isBlank() ? null : baseUrl;
		syncInterval = syncInterval == null ? Duration.ofMinutes(10) : syncInterval;
		tick = tick == null ? Duration.ofSeconds(30) : tick;
		batchSize = batchSize <= 0 ? 50 : batchSize;
		maxAttempts = maxAttempts <= 0 ? 10 : maxAttempts;
		maxBackoff = maxBackoff == null ? Duration.ofHours(6) : maxBackoff;
		connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
		readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
		replayWindow = replayWindow == null ? Duration.ofMinutes(5) : replayWindow;
		pollLimit = pollLimit <= 0 ? 100 : pollLimit;
		statuses = statuses == null || statuses.isEmpty() ? defaultStatuses() : Map.copyOf(statuses);
		letterValidity = letterValidity == null ? Duration.ofDays(60) : letterValidity;
	}

	/** Whether an EDMS is configured at all. */
	public boolean enabled() {
		return baseUrl != null;
	}

	/** The reference protocol's statuses (the simulator's): registered, assigned, in work, answered. */
	public static Map<String, AppealStatus> defaultStatuses() {
		Map<String, AppealStatus> statuses = new LinkedHashMap<>();
		statuses.put("REGISTERED", AppealStatus.ROUTED);
		statuses.put("ASSIGNED", AppealStatus.IN_PROGRESS);
		statuses.put("IN_WORK", AppealStatus.IN_PROGRESS);
		statuses.put("ANSWERED", AppealStatus.ANSWERED);
		return statuses;
	}

}
