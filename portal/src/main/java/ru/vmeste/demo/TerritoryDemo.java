package ru.vmeste.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.territory.RegionImport;
import ru.vmeste.territory.Territory;

/**
 * The demo region: Perm with its seven districts (simplified boundaries from
 * {@code demo/territory/perm-districts.geojson}), imported as an operator imports a region.
 */
@Component
@ConditionalOnBooleanProperty(DemoData.ENABLED)
class TerritoryDemo implements Seeder {

	/** The demo region's code, the default of {@code vmeste.region}. */
	static final String REGION = "perm";

	private final RegionImport regions;

	private final Territory territory;

	TerritoryDemo(RegionImport regions, Territory territory) {
		this.regions = regions;
		this.territory = territory;
	}

	@Override
	public void seed() {
		if (territory.regions().stream().anyMatch(region -> region.code().equals(REGION))) {
			return;
		}
		try (InputStream districts = new ClassPathResource("demo/territory/perm-districts.geojson").getInputStream()) {
			regions.importRegion(REGION, new LocalizedText("Пермь", "Perm"), ZoneId.of("Asia/Yekaterinburg"),
					new GeoPoint(58.0105, 56.2294), 11, districts);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
