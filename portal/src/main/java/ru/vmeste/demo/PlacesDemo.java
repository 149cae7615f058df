package ru.vmeste.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import ru.vmeste.places.Places;
import ru.vmeste.shared.GeoPoint;

/**
 * The demo city's address list (about 5,000 houses along the demo streets of Perm's
 * districts), imported as an administrator would import an open address list.
 */
@Component
@ConditionalOnBooleanProperty(DemoData.ENABLED)
class PlacesDemo implements Seeder {

	static final String ADDRESSES = "demo/places/perm-addresses.csv";

	/** A house of the file, to tell whether the list was imported already. */
	private static final GeoPoint LENINA_60 = new GeoPoint(58.010987, 56.230491);

	private final Places places;

	PlacesDemo(Places places) {
		this.places = places;
	}

	@Override
	public void seed() {
		var here = places.at(LENINA_60);
		if (here.address() != null && here.addressDistanceMeters() < 1) {
			return;
		}
		try (InputStream csv = new ClassPathResource(ADDRESSES).getInputStream()) {
			places.importAddresses(csv, ADDRESSES);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
