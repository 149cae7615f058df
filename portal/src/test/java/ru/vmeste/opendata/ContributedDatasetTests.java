package ru.vmeste.opendata;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.support.ContributingModules;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another module's dataset joins the catalog through the SPI: listed with CSV and JSON (no
 * GeoJSON, it has no geometry), its values written by type, text quoted as RFC 4180 wants.
 */
@PortalTest
@Import(ContributingModules.class)
class ContributedDatasetTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void listsTheContributedDatasetWithoutAGeoJsonDistribution() {
		assertThat(mvc.get().uri("/opendata/catalog.json").param("lang", "en")).hasStatusOk()
			.bodyJson()
			.satisfies(body -> {
				body.assertThat()
					.extractingPath("$.dataset[?(@.identifier == 'appeals-published')].title")
					.asArray()
					.containsExactly("Appeals");
				body.assertThat()
					.extractingPath("$.dataset[?(@.identifier == 'appeals-published')].distribution[*].mediaType")
					.asArray()
					.containsExactly("text/csv", "text/csv", "application/json");
			});
		assertThat(mvc.get().uri("/opendata/datasets/appeals-published.geojson")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void writesCsvAndJsonRowsByColumnType() throws Exception {
		String csv = mvc.get().uri("/opendata/datasets/appeals-published.csv").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).isEqualTo("id,text,created,solved\r\n"
				+ "1,\"Яма; глубокая, \"\"опасная\"\"\nу дома\",2026-05-01,true\r\n" + "2,\"=HYPERLINK(\"\"x\"\")\",,false\r\n");
		String excel = mvc.get().uri("/opendata/datasets/appeals-published.csv?excel=true").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(excel).isEqualTo("\uFEFFid;text;created;solved\r\n"
				+ "1;\"Яма; глубокая, \"\"опасная\"\"\nу дома\";2026-05-01;true\r\n" + "2;\"'=HYPERLINK(\"\"x\"\")\";;false\r\n");
		assertThat(mvc.get().uri("/opendata/datasets/appeals-published.json")).hasStatusOk()
			.bodyJson()
			.isEqualTo("""
					[{"id":1,"text":"Яма; глубокая, \\"опасная\\"\\nу дома","created":"2026-05-01","solved":true},
					 {"id":2,"text":"=HYPERLINK(\\"x\\")","created":null,"solved":false}]
					""");
	}

}
