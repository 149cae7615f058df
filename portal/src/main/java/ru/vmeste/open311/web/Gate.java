package ru.vmeste.open311.web;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import ru.vmeste.open311.internal.Caller;
import ru.vmeste.open311.internal.ClientAppsService;
import ru.vmeste.open311.internal.KeyRateLimiter;
import ru.vmeste.open311.internal.Open311Error;
import ru.vmeste.territory.Region;
import ru.vmeste.territory.Territory;

/**
 * What every call checks first: the jurisdiction (the region's code, optional as the portal
 * serves one region; another code is not found) and the API key (required to post; when a read
 * carries one, it must be valid too), each key within its app's rate limit.
 */
@Component
class Gate {

	private final Territory territory;

	private final ClientAppsService apps;

	private final KeyRateLimiter limiter;

	Gate(Territory territory, ClientAppsService apps, KeyRateLimiter limiter) {
		this.territory = territory;
		this.apps = apps;
		this.limiter = limiter;
	}

	void jurisdiction(@Nullable String jurisdictionId) {
		if (jurisdictionId == null || jurisdictionId.isBlank()) {
			return;
		}
		boolean ours = territory.currentRegion()
			.map(Region::code)
			.filter(code -> code.equalsIgnoreCase(jurisdictionId.strip()))
			.isPresent();
		if (!ours) {
			throw Open311Error.notFound("open311.error.jurisdiction.unknown", jurisdictionId.strip());
		}
	}

	/** The app of a key that must be there. */
	Caller required(@Nullable String apiKey) {
		if (apiKey == null || apiKey.isBlank()) {
			throw new Open311Error(HttpStatus.UNAUTHORIZED, "open311.error.api-key.required");
		}
		return optional(apiKey).orElseThrow();
	}

	/** The app of a key, if one was sent. */
	Optional<Caller> optional(@Nullable String apiKey) {
		if (apiKey == null || apiKey.isBlank()) {
			return Optional.empty();
		}
		Caller caller = apps.authenticate(apiKey.strip())
			.orElseThrow(() -> new Open311Error(HttpStatus.FORBIDDEN, "open311.error.api-key.invalid"));
		if (!limiter.allow(caller)) {
			throw new Open311Error(HttpStatus.TOO_MANY_REQUESTS, "open311.error.rate-limited", caller.rateLimit());
		}
		return Optional.of(caller);
	}

	/** The region's code, the jurisdiction this portal serves. */
	String jurisdictionId() {
		return territory.currentRegion().map(Region::code).orElse("");
	}

}
