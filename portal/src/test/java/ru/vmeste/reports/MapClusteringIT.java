package ru.vmeste.reports;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public map stays light with a hundred thousand appeals: far out it answers clusters with
 * counts, close in single appeals, and the list pages. The appeals are generated with SQL once
 * for the class and deleted afterwards.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapClusteringIT {

	private static final int GENERATED = 100_000;

	private static final String CITY = "55.9,57.9,56.5,58.1";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Topics topics;

	@BeforeAll
	void generateAHundredThousandPublishedAppeals() {
		jdbc.sql("""
				insert into reports_appeals (id, topic_id, author_id, lat, lon, text, original_text, status, created_at,
				    published_at)
				select gen_random_uuid(), ?, gen_random_uuid(), 57.95 + random() * 0.1, 56.05 + random() * 0.35,
				    'Сгенерированное обращение ' || g, 'Сгенерированное обращение ' || g, 'ROUTED', now(), now()
				from generate_series(1, ?) g
				""").params(topics.byCode("pothole").orElseThrow().id().value(), GENERATED).update();
	}

	@AfterAll
	void deleteThem() {
		jdbc.sql("delete from reports_appeals where text like 'Сгенерированное обращение %'").update();
	}

	@Test
	void answersTheWholeCityWithAFewClustersThatCountEveryAppeal() {
		String body = Reporting.body(mvc.get().uri("/api/v1/appeals?bbox=" + CITY + "&zoom=11").exchange());
		List<Integer> counts = JsonPath.read(body, "$.features[*].properties.count");
		assertThat(counts).hasSizeLessThan(1000);
		assertThat(counts.stream().mapToLong(Integer::longValue).sum()).isGreaterThanOrEqualTo(GENERATED);
		assertThat(JsonPath.<List<Boolean>>read(body, "$.features[*].properties.cluster")).contains(true);
		assertThat(body.length()).isLessThan(200_000);
	}

	@Test
	void answersSingleAppealsAtStreetZoom() {
		String body = Reporting.body(mvc.get().uri("/api/v1/appeals?bbox=56.20,58.00,56.21,58.005&zoom=17").exchange());
		List<String> ids = JsonPath.read(body, "$.features[*].properties.id");
		assertThat(ids).isNotEmpty().hasSizeLessThanOrEqualTo(1000);
		assertThat(JsonPath.<List<Boolean>>read(body, "$.features[*].properties.cluster")).containsOnly(false);
	}

	@Test
	void pagesThePlainListWhenNoZoomIsGiven() {
		assertThat(mvc.get().uri("/api/v1/appeals?bbox=" + CITY + "&size=50")).hasStatusOk().bodyJson().satisfies(body -> {
			body.assertThat().extractingPath("$.items").asArray().hasSize(50);
			body.assertThat().extractingPath("$.total").asNumber().satisfies(
					total -> assertThat(total.longValue()).isGreaterThanOrEqualTo(GENERATED));
		});
	}

	@Test
	void refusesTheWholeCityAtStreetZoom() {
		assertThat(mvc.get().uri("/api/v1/appeals?bbox=" + CITY + "&zoom=17")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("bbox");
		assertThat(mvc.get().uri("/api/v1/appeals?bbox=" + CITY + "&zoom=42")).hasStatus(HttpStatus.BAD_REQUEST);
	}

}
