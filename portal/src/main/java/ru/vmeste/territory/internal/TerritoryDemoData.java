package ru.vmeste.territory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.shared.geo.GeoJson;
import ru.vmeste.territory.RegionId;

/**
 * Demo region: Perm with its seven districts (simplified boundaries), loaded once.
 */
@Component
@ConditionalOnBooleanProperty("vmeste.demo-data")
class TerritoryDemoData implements ApplicationRunner, Ordered {

	static final String REGION_CODE = "perm";

	private static final Logger log = LoggerFactory.getLogger(TerritoryDemoData.class);

	private final TerritoryStore store;

	private final TerritoryService territory;

	private final JsonMapper json;

	TerritoryDemoData(TerritoryStore store, TerritoryService territory, JsonMapper json) {
		this.store = store;
		this.territory = territory;
		this.json = json;
	}

	@Override
	public int getOrder() {
		return 100;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (store.region(REGION_CODE).isPresent()) {
			return;
		}
		RegionId perm = store.insertRegion(REGION_CODE, new LocalizedText("Пермь", "Perm"), ZoneId.of("Asia/Yekaterinburg"),
				new GeoPoint(58.0105, 56.2294), 11);
		for (JsonNode feature : districts().get("features")) {
			JsonNode properties = feature.get("properties");
			JsonNode geometry = feature.get("geometry");
			GeoJson.read(geometry); // refuse a broken demo file before storing it
			store.insertDistrict(perm, properties.get("code").asString(),
					new LocalizedText(properties.get("nameRu").asString(), properties.get("nameEn").asString()),
					json.writeValueAsString(geometry));
		}
		territory.changed();
		log.info("Demo region Perm with its districts created");
	}

	private JsonNode districts() {
		try (InputStream in = new ClassPathResource("demo/territory/perm-districts.geojson").getInputStream()) {
			return json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
