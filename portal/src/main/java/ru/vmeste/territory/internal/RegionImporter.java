package ru.vmeste.territory.internal;

import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Polygonal;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.shared.geo.GeoJson;
import ru.vmeste.territory.RegionId;
import ru.vmeste.territory.RegionImport;

/**
 * Creates a region and its districts from GeoJSON: every feature is read and checked first, then
 * everything is stored in one transaction.
 */
@Service
class RegionImporter implements RegionImport {

	private record Feature(String code, LocalizedText name, String boundary) {
	}

	private final TerritoryStore store;

	private final TerritoryService territory;

	private final JsonMapper json;

	RegionImporter(TerritoryStore store, TerritoryService territory, JsonMapper json) {
		this.store = store;
		this.territory = territory;
		this.json = json;
	}

	@Override
	@Transactional
	public RegionId importRegion(String code, LocalizedText name, ZoneId zone, GeoPoint center, int zoom,
			InputStream districts) {
		List<Feature> features = read(districts);
		if (store.region(code).isPresent()) {
			throw DomainException.conflict("territory.region-exists", code);
		}
		RegionId region = store.insertRegion(code, name, zone, center, zoom);
		for (Feature feature : features) {
			store.insertDistrict(region, feature.code(), feature.name(), feature.boundary());
		}
		territory.changed();
		return region;
	}

	private List<Feature> read(InputStream districts) {
		List<Feature> features = new ArrayList<>();
		try {
			JsonNode collection = json.readTree(districts);
			JsonNode items = collection.path("features");
			if (!items.isArray() || items.isEmpty()) {
				throw DomainException.invalid("territory.import.no-districts");
			}
			for (JsonNode feature : items) {
				JsonNode properties = feature.path("properties");
				JsonNode geometry = feature.path("geometry");
				String code = text(properties, "code", features.size());
				LocalizedText name = new LocalizedText(text(properties, "nameRu", features.size()),
						text(properties, "nameEn", features.size()));
				if (!isArea(geometry)) {
					throw DomainException.invalid("territory.import.bad-district", features.size() + 1);
				}
				features.add(new Feature(code, name, json.writeValueAsString(geometry)));
			}
		}
		catch (JacksonException ex) {
			throw DomainException.invalid("territory.import.not-geojson");
		}
		return features;
	}

	private static boolean isArea(JsonNode geometry) {
		try {
			return GeoJson.read(geometry) instanceof Polygonal;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static String text(JsonNode properties, String property, int index) {
		String value = properties.path(property).asString("");
		if (value.isBlank()) {
			throw DomainException.invalid("territory.import.bad-district", index + 1);
		}
		return value;
	}

}
