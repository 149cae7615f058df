package ru.vmeste.open311.internal;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import ru.vmeste.open311.ClientAppId;

/**
 * Counts each client app's requests per minute against its own limit. Counting is per
 * instance, like the portal's write limit: behind a load balancer each instance allows the limit.
 */
@Component
public class KeyRateLimiter {

	private record Window(long minute, AtomicInteger count) {
	}

	private final Map<ClientAppId, Window> windows = new ConcurrentHashMap<>();

	private final Clock clock;

	KeyRateLimiter(Clock clock) {
		this.clock = clock;
	}

	/** Counts a request of the app; false when it is over its limit this minute. */
	public boolean allow(Caller caller) {
		long minute = clock.millis() / 60_000;
		Window window = windows.compute(caller.app(),
				(app, current) -> current == null || current.minute() != minute ? new Window(minute, new AtomicInteger())
						: current);
		return window.count().incrementAndGet() <= caller.rateLimit();
	}

}
