package ru.vmeste.open311;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The Open311 module's API: the client apps that may post through Open311 and their keys.
 */
public interface ClientApps {

	/**
	 * Registers an app and answers its key, which is shown this once and kept only as a hash.
	 *
	 * @param key the key to give it (an app moved from another portal, the demo); a new random one when null
	 */
	Registered register(String name, String contact, int rateLimit, @Nullable String key);

	/** Every registered app, newest first, revoked ones included. */
	List<ClientApp> all();

	/** The active app this key belongs to. */
	Optional<ClientApp> byKey(String key);

	/** Revokes the app's key: it is refused from now on. */
	void revoke(ClientAppId app);

	/** A newly registered app and its key. */
	record Registered(ClientApp app, String key) {
	}

}
