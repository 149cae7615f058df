package ru.vmeste.places.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.objects.CityObjects;
import ru.vmeste.objects.NamedObject;
import ru.vmeste.objects.NearbyObject;
import ru.vmeste.platform.csv.CsvReader;
import ru.vmeste.places.Place;
import ru.vmeste.places.PlaceKind;
import ru.vmeste.places.Places;
import ru.vmeste.places.PlacesSettings;
import ru.vmeste.places.Whereabouts;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.territory.District;
import ru.vmeste.territory.Territory;

/**
 * Searches the address index and the registry's object names, names the address at a point,
 * and imports address lists.
 */
@Service
@Transactional(readOnly = true)
class PlacesService implements Places {

	/** The index orders by plane distance in degrees; the true distance decides among this many. */
	private static final int NEAR_CANDIDATES = 12;

	private static final int STREETS = 5;

	private final AddressStore store;

	private final CityObjects objects;

	private final Territory territory;

	private final PlacesSettings settings;

	PlacesService(AddressStore store, CityObjects objects, Territory territory, PlacesSettings settings) {
		this.store = store;
		this.objects = objects;
		this.territory = territory;
		this.settings = settings;
	}

	@Override
	public List<Place> search(String text, int limit) {
		AddressText.Query query = AddressText.query(text);
		if (query.street().length() < 2) {
			return List.of();
		}
		List<AddressStore.StreetMatch> streets = store.streets(query.street(), settings.similarity(), STREETS);
		List<Place> found = new ArrayList<>();
		if (query.house() != null) {
			store.houses(streets.stream().map(AddressStore.StreetMatch::id).toList(), query.house(), limit)
				.forEach(house -> found.add(address(house)));
		}
		else {
			for (AddressStore.StreetMatch street : streets) {
				GeoPoint middle = store.middle(street.id());
				if (middle != null && found.size() < limit) {
					found.add(new Place(PlaceKind.STREET, street.name(), middle, null));
				}
			}
			for (NamedObject object : objects.search(text, Math.max(1, limit - found.size()))) {
				found.add(new Place(PlaceKind.OBJECT, object.name(), object.point(), object.id()));
			}
		}
		return found.size() > limit ? found.subList(0, limit) : found;
	}

	@Override
	public Whereabouts at(GeoPoint point) {
		AddressStore.House nearest = store.near(point, NEAR_CANDIDATES)
			.stream()
			.min(Comparator.comparingDouble(house -> house.point().distanceTo(point)))
			.orElse(null);
		double distance = nearest == null ? Double.NaN : nearest.point().distanceTo(point);
		Place address = nearest != null && distance <= settings.reverseRadius() ? address(nearest) : null;
		NearbyObject object = objects.nearest(point, Set.of(), settings.objectRadius()).orElse(null);
		return new Whereabouts(address, address == null ? Double.NaN : distance, object);
	}

	@Override
	public List<StreetLine> streets(GeoPoint southWest, GeoPoint northEast) {
		Map<String, StreetLine> lines = new LinkedHashMap<>();
		for (AddressStore.StreetPoint point : store.streetPoints(southWest.lon(), southWest.lat(), northEast.lon(),
				northEast.lat())) {
			lines.computeIfAbsent(point.street().ru(), name -> new StreetLine(point.street(), new ArrayList<>()))
				.points()
				.add(point.point());
		}
		return lines.values().stream().filter(line -> line.points().size() > 1).toList();
	}

	@Override
	@Transactional
	public ImportResult importAddresses(InputStream csv, String source) {
		List<Integer> refused = new ArrayList<>();
		Map<String, UUID> streets = new HashMap<>();
		int imported = 0;
		try (CsvReader reader = CsvReader.of(csv)) {
			if (reader.next() == null) {
				return new ImportResult(0, List.of());
			}
			CsvReader.Row row;
			while ((row = reader.next()) != null) {
				try {
					List<String> cells = row.fields();
					LocalizedText street = new LocalizedText(cells.get(0), cells.get(1));
					String house = cells.get(2);
					GeoPoint point = new GeoPoint(Double.parseDouble(cells.get(3)), Double.parseDouble(cells.get(4)));
					if (house.isEmpty() || AddressText.houseKey(house).length() > 20) {
						throw new IllegalArgumentException("house");
					}
					UUID streetId = streets.computeIfAbsent(street.ru(), name -> store.street(street));
					store.house(streetId, house, point, territory.locate(point).map(District::id).orElse(null), source);
					imported++;
				}
				catch (RuntimeException broken) {
					// a broken row (too few cells, bad number, point off the globe) is reported, the rest goes on
					refused.add(row.line());
				}
			}
		}
		catch (CsvReader.Malformed malformed) {
			// the file is not CSV (or not UTF-8) from here on: what came before is kept
			refused.add(malformed.line());
		}
		return new ImportResult(imported, List.copyOf(refused));
	}

	/** How many houses the index holds. */
	long houses() {
		return store.count();
	}

	private static Place address(AddressStore.House house) {
		return new Place(PlaceKind.ADDRESS, new LocalizedText(house.street().ru() + ", " + house.house(),
				house.street().en() + ", " + house.house()), house.point(), null);
	}

}
