package ru.vmeste.territory;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.shared.geo.GeoJson;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class TerritoryApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Test
	void listsTheDemoRegionWithItsServices() {
		assertThat(mvc.get().uri("/api/v1/regions")).hasStatusOk()
			.bodyJson()
			.satisfies(body -> {
				body.assertThat().extractingPath("$[0].code").isEqualTo("perm");
				body.assertThat().extractingPath("$[0].modules").asArray()
					.contains("INFORM", "FIND_OUT", "VOTE", "OPEN_DATA", "SUGGEST");
			});
	}

	@Test
	void publishesSevenDistrictsAsValidGeoJson() throws Exception {
		String body = mvc.get().uri("/api/v1/districts").exchange().getResponse().getContentAsString();
		JsonNode collection = json.readTree(body);
		assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
		assertThat(collection.get("features")).hasSize(7);
		for (JsonNode feature : collection.get("features")) {
			Geometry boundary = GeoJson.read(feature.get("geometry"));
			assertThat(boundary.isValid()).isTrue();
			assertThat(feature.get("properties").get("regionId").asString()).isNotBlank();
		}
	}

	@Test
	void locatesAPointInLeninskyDistrict() {
		assertThat(mvc.get().uri("/api/v1/districts/locate?lat=58.0106&lon=56.2420").header("Accept-Language", "en"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.name")
			.isEqualTo("Leninsky");
	}

	@Test
	void answers404OutsideEveryDistrict() {
		assertThat(mvc.get().uri("/api/v1/districts/locate?lat=55.7558&lon=37.6173")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void refusesCoordinatesThatAreNotNumbersOrOutOfRange() {
		assertThat(mvc.get().uri("/api/v1/districts/locate?lat=north&lon=56.2")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("lat");
		assertThat(mvc.get().uri("/api/v1/districts/locate?lat=95&lon=56.2")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.isEqualTo("Широта должна быть от -90 до 90.");
		assertThat(mvc.get().uri("/api/v1/districts/locate?lon=56.2")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
