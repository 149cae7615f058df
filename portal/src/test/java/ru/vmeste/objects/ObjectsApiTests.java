package ru.vmeste.objects;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.organizations.Organizations;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's public API on the demo city: the clustered viewport, one object, types.
 */
@PortalTest
class ObjectsApiTests {

	/** A box around all of Perm's districts. */
	static final String WHOLE_CITY = "55.85,57.85,56.5,58.2";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CityObjects objects;

	@Autowired
	Organizations organizations;

	@Test
	void clustersTheWholeCityWithCountsAtLowZoom() {
		JsonNode collection = get("/api/v1/objects?bbox=" + WHOLE_CITY + "&zoom=11");
		List<JsonNode> features = collection.get("features").valueStream().toList();
		long objectsInCity = jdbc.sql("select count(*) from objects_objects where lon between 55.85 and 56.5 and lat between 57.85 and 58.2")
			.query(Long.class)
			.single();
		assertThat(objectsInCity).isGreaterThanOrEqualTo(22_000);
		assertThat(features).isNotEmpty().hasSizeLessThan(500).allSatisfy(feature -> {
			assertThat(feature.at("/properties/cluster").asBoolean()).isTrue();
			assertThat(feature.at("/properties/count").asLong()).isPositive();
			assertThat(feature.at("/geometry/type").asString()).isEqualTo("Point");
		});
		assertThat(features.stream().mapToLong(feature -> feature.at("/properties/count").asLong()).sum())
			.isEqualTo(objectsInCity);
	}

	@Test
	void countsOnlyTheChosenTypeInClusters() {
		ObjectType schools = objects.typeByCode("school").orElseThrow();
		JsonNode collection = get("/api/v1/objects?bbox=" + WHOLE_CITY + "&zoom=10&typeId=" + schools.id());
		long counted = collection.get("features").valueStream().mapToLong(f -> f.at("/properties/count").asLong()).sum();
		assertThat(counted).isEqualTo(jdbc.sql("select count(*) from objects_objects where type_id = ?")
			.param(schools.id().value())
			.query(Long.class)
			.single());
	}

	@Test
	void showsSingleObjectsAtStreetZoom() {
		JsonNode collection = get("/api/v1/objects?bbox=56.2226,58.0082,56.2363,58.0128&zoom=17");
		List<JsonNode> features = collection.get("features").valueStream().toList();
		assertThat(features).hasSizeGreaterThan(20).allSatisfy(feature -> {
			assertThat(feature.at("/properties/cluster").isMissingNode()).isTrue();
			assertThat(feature.at("/properties/id").asString()).isNotBlank();
			assertThat(feature.at("/properties/name").asString()).isNotBlank();
			assertThat(feature.at("/properties/typeId").asString()).isNotBlank();
		});
		assertThat(features).extracting(feature -> feature.at("/geometry/type").asString())
			.contains("Point", "LineString", "Polygon");
	}

	@Test
	void clustersAStreetScreenTooDenseForSingleMarkers() {
		String district = jdbc.sql("select district_id::text from objects_objects limit 1").query(String.class).single();
		String owner = jdbc.sql("select owner_id::text from objects_objects limit 1").query(String.class).single();
		ObjectType lights = objects.typeByCode("street-light").orElseThrow();
		try {
			jdbc.sql("""
					insert into objects_objects (id, type_id, name_ru, name_en, geometry, lat, lon, extent, owner_id, district_id,
					    status, source, search_text, content_hash, created_at, updated_at)
					select gen_random_uuid(), ?, 'Гирлянда ' || i, 'Garland ' || i,
					       jsonb_build_object('type', 'Point', 'coordinates', jsonb_build_array(lon, lat)), lat, lon,
					       box(point(lon, lat), point(lon, lat)), ?::uuid, ?::uuid, 'ACTIVE', 'dense-test', 'гирлянда', 'x', now(), now()
					from (select i, 56.3601 + (i % 50) * 0.00008 as lon, 58.1301 + (i / 50) * 0.00004 as lat
					      from generate_series(1, 2500) i) g
					""").params(lights.id().value(), owner, district).update();
			JsonNode dense = get("/api/v1/objects?bbox=56.355,58.125,56.375,58.137&zoom=16");
			assertThat(dense.get("features").valueStream()).isNotEmpty()
				.allSatisfy(feature -> assertThat(feature.at("/properties/cluster").asBoolean()).isTrue());
			JsonNode close = get("/api/v1/objects?bbox=56.3601,58.1301,56.3609,58.1305&zoom=19");
			assertThat(close.get("features").valueStream()).isNotEmpty()
				.allSatisfy(feature -> assertThat(feature.at("/properties/name").asString()).startsWith("Гирлянда"));
		}
		finally {
			jdbc.sql("delete from objects_objects where source = 'dense-test'").update();
		}
	}

	@Test
	void describesOneObjectWithItsOwner() {
		ObjectType schools = objects.typeByCode("school").orElseThrow();
		String id = jdbc.sql("select id::text from objects_objects where type_id = ? and name_ru = 'Школа № 12'")
			.param(schools.id().value())
			.query(String.class)
			.single();
		JsonNode school = get("/api/v1/objects/" + id);
		assertThat(school.get("type").asString()).isEqualTo("Feature");
		assertThat(school.at("/geometry/type").asString()).isEqualTo("Point");
		assertThat(school.at("/properties/name").asString()).isEqualTo("Школа № 12");
		assertThat(school.at("/properties/ownerOrganizationId").asString())
			.isEqualTo(organizations.byCode("perm-construction").orElseThrow().id().toString());
		assertThat(school.at("/properties/attributes/number").asInt()).isEqualTo(12);
		assertThat(school.at("/properties/attributes/website").asString()).startsWith("https://");
	}

	@Test
	void listsTheObjectTypesWithTheirAttributes() {
		JsonNode types = json.readTree(mvc.get().uri("/api/v1/object-types").exchange().getResponse().getContentAsByteArray());
		assertThat(types.valueStream().map(type -> type.get("code").asString()).toList()).contains("road-segment",
				"street-light", "apartment-building");
		JsonNode roads = types.valueStream().filter(type -> type.get("code").asString().equals("road-segment")).findFirst().orElseThrow();
		assertThat(roads.get("attributes").valueStream().map(a -> a.get("code").asString() + ":" + a.get("type").asString()))
			.contains("surface:ENUMERATION", "lanes:NUMBER", "repaired:DATE");
	}

	@ParameterizedTest
	@ValueSource(strings = { "bbox=56.3,58.0,56.2,58.1&zoom=12", "bbox=-180,-85,180,85&zoom=17", "bbox=west,58,56.3,58.1&zoom=12",
			"bbox=56.2,58.0,56.3&zoom=12", "bbox=56.2,58.0,56.3,95&zoom=12", "bbox=56.2,58.0,56.3,58.1&zoom=25",
			"bbox=56.2,58.0,56.3,58.1&zoom=near", "zoom=12", "bbox=56.2,58.0,56.3,58.1",
			"bbox=56.2,58.0,56.3,58.1&zoom=12&typeId=not-a-uuid" })
	void answersBadViewportsWithAProblem(String query) {
		assertThat(mvc.get().uri("/api/v1/objects?" + query)).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.isNotBlank();
	}

	@Test
	void explainsAnUnknownTypeAndAPlanetAtStreetZoom() {
		assertThat(mvc.get().uri("/api/v1/objects?bbox=56.2,58.0,56.3,58.1&zoom=12&typeId=" + UUID.randomUUID())
			.header("Accept-Language", "en")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("There is no object type");
		assertThat(mvc.get().uri("/api/v1/objects?bbox=-180,-85,180,85&zoom=17").header("Accept-Language", "en"))
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("The bbox is too large for this zoom level; zoom out or ask for a smaller area.");
		assertThat(mvc.get().uri("/api/v1/objects?bbox=56.3,58.0,56.2,58.1&zoom=12").header("Accept-Language", "en"))
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("The bbox minimum is greater than its maximum.");
	}

	@Test
	void answers404ForAnUnknownObject() {
		assertThat(mvc.get().uri("/api/v1/objects/" + UUID.randomUUID())).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private JsonNode get(String uri) {
		var result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return json.readTree(result.getResponse().getContentAsByteArray());
	}

}
