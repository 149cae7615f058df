package ru.vmeste.open311.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.open311.ClientApp;
import ru.vmeste.open311.ClientAppId;
import ru.vmeste.open311.ClientApps;
import ru.vmeste.shared.DomainException;

/**
 * Registers, finds and revokes client apps.
 */
@Service
@Transactional
public class ClientAppsService implements ClientApps {

	static final int MAX_NAME = 200;

	static final int MAX_RATE_LIMIT = 100_000;

	private final ClientAppStore store;

	private final Clock clock;

	ClientAppsService(ClientAppStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	public Registered register(String name, String contact, int rateLimit, @Nullable String key) {
		if (name.isBlank() || name.length() > MAX_NAME) {
			throw DomainException.invalid("open311.client.name.invalid", MAX_NAME);
		}
		if (contact.isBlank() || contact.length() > MAX_NAME) {
			throw DomainException.invalid("open311.client.contact.invalid", MAX_NAME);
		}
		if (rateLimit < 1 || rateLimit > MAX_RATE_LIMIT) {
			throw DomainException.invalid("open311.client.rate-limit.invalid", MAX_RATE_LIMIT);
		}
		String secret = key == null ? ApiKeys.generate() : key;
		if (secret.length() < 16 || store.keyTaken(ApiKeys.hash(secret))) {
			throw DomainException.invalid("open311.client.key.invalid");
		}
		ClientAppId id = ClientAppId.random();
		store.insert(id, name.strip(), contact.strip(), rateLimit, ApiKeys.hash(secret), ApiKeys.hint(secret),
				clock.instant());
		return new Registered(store.find(id).orElseThrow(), secret);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ClientApp> all() {
		return store.all();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ClientApp> byKey(String key) {
		return authenticate(key).flatMap(caller -> store.find(caller.app()));
	}

	/** The active app the key belongs to, for serving a request (one index probe). */
	@Transactional(readOnly = true)
	public Optional<Caller> authenticate(String key) {
		return key.isEmpty() ? Optional.empty() : store.activeByKeyHash(ApiKeys.hash(key));
	}

	@Override
	public void revoke(ClientAppId app) {
		if (store.find(app).isEmpty()) {
			throw DomainException.notFound("open311.client.not-found");
		}
		store.revoke(app, clock.instant());
	}

}
