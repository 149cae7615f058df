package ru.vmeste.opendata;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ru.vmeste.objects.CityObjects;
import ru.vmeste.objects.ObjectType;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog lists every dataset DCAT-style with working download links, in the reader's
 * language; the human page lists the same.
 */
@PortalTest
class OpenDataCatalogTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	CityObjects objects;

	@Test
	void listsEveryObjectTypeAsADatasetWithItsDistributions() {
		JsonNode catalog = catalog("en");
		assertThat(catalog.get("@type").asString()).isEqualTo("dcat:Catalog");
		List<JsonNode> datasets = catalog.get("dataset").valueStream().toList();
		assertThat(datasets).extracting(dataset -> dataset.get("identifier").asString())
			.containsAll(objects.types().stream().map(type -> "objects-" + type.code()).toList());
		for (JsonNode dataset : datasets) {
			assertThat(dataset.get("title").asString()).isNotBlank();
			assertThat(dataset.get("description").asString()).isNotBlank();
			assertThat(dataset.get("license").asString()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
			assertThat(dataset.get("modified").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
			assertThat(dataset.at("/publisher/name").asString()).isEqualTo("Perm City Administration");
			assertThat(dataset.at("/contactPoint/@type").asString()).isEqualTo("vcard:Contact");
			assertThat(dataset.at("/contactPoint/fn").asString()).isEqualTo("Perm City Administration");
			assertThat(dataset.at("/contactPoint/hasEmail").asString()).isEqualTo("mailto:opendata@vmeste.local");
			assertThat(dataset.get("distribution").valueStream().map(d -> d.get("mediaType").asString()))
				.contains("text/csv", "application/json");
		}
		assertThat(datasets).filteredOn(dataset -> dataset.get("identifier").asString().startsWith("objects-"))
			.allSatisfy(dataset -> assertThat(dataset.get("distribution").valueStream().map(d -> d.get("mediaType").asString()))
				.contains("application/geo+json"));
		JsonNode schools = datasets.stream()
			.filter(dataset -> dataset.get("identifier").asString().equals("objects-school"))
			.findFirst()
			.orElseThrow();
		assertThat(schools.get("title").asString()).isEqualTo("Schools");
	}

	@Test
	void everyDownloadLinkOfTheCatalogWorks() {
		for (JsonNode dataset : catalog("ru").get("dataset")) {
			for (JsonNode distribution : dataset.get("distribution")) {
				String url = distribution.get("downloadURL").asString();
				MvcTestResult download = mvc.get().uri(url.substring(url.indexOf("/opendata"))).exchange();
				assertThat(download).as(url).hasStatusOk();
				assertThat(download.getResponse().getContentType()).startsWith(distribution.get("mediaType").asString());
				assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
			}
		}
	}

	@Test
	void writesCsvAsRfc4180AndAnExcelVariant() throws Exception {
		ObjectType parks = objects.typeByCode("park").orElseThrow();
		byte[] plain = mvc.get().uri("/opendata/datasets/objects-park.csv").exchange().getResponse().getContentAsByteArray();
		String text = new String(plain, StandardCharsets.UTF_8);
		assertThat(plain[0]).isNotEqualTo((byte) 0xEF);
		assertThat(text).startsWith("id,external_id,name_ru,name_en,address,status,owner_id,owner_name,district_id,district_name,lat,lon,updated_at,kind,area_ha,wkt\r\n");
		assertThat(text).contains("\"POLYGON ((").contains("Парк культуры и отдыха им. Горького");
		assertThat(text.split("\r\n")).hasSizeGreaterThan(parks.attributes().size());

		byte[] excel = mvc.get().uri("/opendata/datasets/objects-park.csv?excel=true").exchange().getResponse().getContentAsByteArray();
		assertThat(excel).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(excel, StandardCharsets.UTF_8).substring(1)).startsWith("id;external_id;name_ru;");
	}

	@Test
	void answers404ForAnUnknownDatasetOrFormat() {
		assertThat(mvc.get().uri("/opendata/datasets/no-such-dataset.csv")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/opendata/datasets/objects-school.xlsx")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/opendata/datasets/objects-school")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void showsTheCatalogToPeople() {
		assertThat(mvc.get().uri("/opendata")).hasStatusOk()
			.bodyText()
			.contains("Открытые данные", "Школы", "CC BY 4.0", "/opendata/datasets/objects-school.geojson",
					"/opendata/catalog.json");
	}

	private JsonNode catalog(String language) {
		MvcTestResult result = mvc.get().uri("/opendata/catalog.json").param("lang", language).exchange();
		assertThat(result).hasStatusOk();
		return json.readTree(result.getResponse().getContentAsByteArray());
	}

}
