package ru.vmeste.territory;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The operator's region import refuses what it cannot store whole; that it stores a good file is
 * shown by the demo region itself (see {@link TerritoryApiTests}), imported the same way.
 */
@PortalTest
class RegionImportTests {

	private static final String GOOD = """
			{"type": "Feature", "properties": {"code": "north", "nameRu": "Северный", "nameEn": "Northern"},
			 "geometry": {"type": "Polygon", "coordinates": [[[56.0, 59.0], [56.1, 59.0], [56.1, 59.1], [56.0, 59.0]]]}}
			""";

	@Autowired
	RegionImport regions;

	@Autowired
	Territory territory;

	@Test
	void refusesARegionCodeTaken() {
		assertThatThrownBy(() -> importRegion("perm", collection(GOOD))).isInstanceOfSatisfying(DomainException.class,
				refused -> assertThat(refused.messageCode()).isEqualTo("territory.region-exists"));
	}

	@Test
	void refusesAFileWithABrokenDistrictAndStoresNothing() {
		String point = """
				{"type": "Feature", "properties": {"code": "south", "nameRu": "Южный", "nameEn": "Southern"},
				 "geometry": {"type": "Point", "coordinates": [56.0, 59.0]}}
				""";
		String unnamed = GOOD.replace("\"nameEn\": \"Northern\"", "\"nameEn\": \"\"");
		int districts = territory.districts().size();
		for (String file : new String[] { collection(GOOD + "," + point), collection(GOOD + "," + unnamed) }) {
			assertThatThrownBy(() -> importRegion("imported", file)).isInstanceOfSatisfying(DomainException.class,
					refused -> assertThat(refused.messageCode()).isEqualTo("territory.import.bad-district"));
		}
		assertThatThrownBy(() -> importRegion("imported", "{\"type\": \"FeatureCollection\", \"features\": []}"))
			.isInstanceOfSatisfying(DomainException.class,
					refused -> assertThat(refused.messageCode()).isEqualTo("territory.import.no-districts"));
		assertThatThrownBy(() -> importRegion("imported", "not json")).isInstanceOfSatisfying(DomainException.class,
				refused -> assertThat(refused.messageCode()).isEqualTo("territory.import.not-geojson"));
		assertThat(territory.regions()).noneMatch(region -> region.code().equals("imported"));
		assertThat(territory.districts()).hasSize(districts);
	}

	private void importRegion(String code, String file) {
		InputStream in = new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8));
		regions.importRegion(code, new LocalizedText("Импорт", "Import"), ZoneId.of("Asia/Yekaterinburg"),
				new GeoPoint(59.05, 56.05), 11, in);
	}

	private static String collection(String features) {
		return "{\"type\": \"FeatureCollection\", \"features\": [" + features + "]}";
	}

}
