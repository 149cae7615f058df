package ru.vmeste.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import ru.vmeste.open311.ClientApps;

/**
 * The demo's Open311 client app with the published demo key (API.md), registered as an
 * administrator would register an app that brings its key from another portal.
 */
@Component
@ConditionalOnBooleanProperty(DemoData.ENABLED)
class Open311Demo implements Seeder {

	static final String KEY = "demo-secret-open311-key";

	private final ClientApps apps;

	Open311Demo(ClientApps apps) {
		this.apps = apps;
	}

	@Override
	public void seed() {
		if (apps.byKey(KEY).isEmpty()) {
			apps.register("Demo client (FixMyStreet-style)", "developers@demo.vmeste", 600, KEY);
		}
	}

}
