package ru.vmeste.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.platform.csv.CsvReader;
import ru.vmeste.statistics.internal.OrganizationFigures;
import ru.vmeste.statistics.internal.OrganizationTotals;
import ru.vmeste.statistics.internal.RankingOrder;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics' open datasets, read as a stranger downloads them. The anonymised appeals: its
 * columns are the announced ones and no other (no text, number, photo or person; the point again
 * as WKT), every location is on the coarse grid, and no published appeal's text or address
 * appears anywhere in the file. The organization performance: one row per organization with the
 * figures of its public page.
 */
@PortalTest
class StatisticsDatasetsTests {

	private static final BigDecimal LAT_STEP = new BigDecimal("0.001");

	private static final BigDecimal LON_STEP = new BigDecimal("0.002");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	OrganizationFigures figures;

	@Autowired
	Organizations organizations;

	@Test
	void holdsNoTextNoNameAndNoPreciseLocation() throws Exception {
		assertThat(mvc.get().uri("/opendata/catalog.json")).hasStatusOk().bodyText().contains("/opendata/datasets/appeals.csv");
		byte[] csv = mvc.get().uri("/opendata/datasets/appeals.csv").exchange().getResponse().getContentAsByteArray();
		List<List<String>> rows = new ArrayList<>();
		try (CsvReader reader = CsvReader.of(csv)) {
			for (CsvReader.Row row = reader.next(); row != null; row = reader.next()) {
				rows.add(row.fields());
			}
		}
		List<String> header = rows.getFirst();
		assertThat(header).containsExactly("topic", "topic_group", "district", "lat", "lon", "status", "category",
				"submitted_on", "published_on", "closed_on", "organization_id", "organization", "deadline",
				"first_answered_on", "answer_working_days", "answered_on_time", "reopens", "reroutes", "wkt");
		List<List<String>> appeals = rows.subList(1, rows.size());
		assertThat(appeals).isNotEmpty();
		int lat = header.indexOf("lat");
		int lon = header.indexOf("lon");
		for (List<String> appeal : appeals) {
			assertThat(appeal.get(header.indexOf("status"))).isNotIn("HELD", "MODERATION", "REJECTED", "MERGED");
			if (!appeal.get(lat).isEmpty()) {
				assertThat(onGrid(appeal.get(lat), LAT_STEP)).as("latitude %s on the 0.001° grid", appeal.get(lat)).isTrue();
				assertThat(onGrid(appeal.get(lon), LON_STEP)).as("longitude %s on the 0.002° grid", appeal.get(lon)).isTrue();
			}
		}
		String file = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
		List<String> texts = jdbc.sql("""
				select text from reports_appeals where status not in ('HELD', 'MODERATION', 'REJECTED', 'MERGED')
				and length(text) > 30 limit 50
				""").query(String.class).list();
		assertThat(texts).isNotEmpty();
		texts.forEach(text -> assertThat(file).doesNotContain(text));
		jdbc.sql("select address from reports_appeals where address is not null and length(address) > 12 limit 50")
			.query(String.class)
			.list()
			.forEach(address -> assertThat(file).doesNotContain(address));
		List<String> exact = jdbc.sql("""
				select lat::text from reports_appeals
				where status not in ('HELD', 'MODERATION', 'REJECTED', 'MERGED') and lat::text ~ '\\.[0-9]{4,}' limit 20
				""").query(String.class).list();
		exact.forEach(point -> assertThat(file).doesNotContain(point));
	}

	@Test
	void organizationPerformanceGivesEachOrganizationsPageFigures() throws Exception {
		assertThat(mvc.get().uri("/opendata/catalog.json")).hasStatusOk()
			.bodyText()
			.contains("/opendata/datasets/organization-performance.csv");
		JsonNode rows = json.readTree(
				mvc.get().uri("/opendata/datasets/organization-performance.json").exchange().getResponse().getContentAsByteArray());
		List<OrganizationTotals> ranking = figures.ranking(null, null, false, RankingOrder.RECEIVED);
		assertThat(rows.size()).isEqualTo(ranking.size()).isPositive();
		for (JsonNode row : rows) {
			OrganizationId id = new OrganizationId(UUID.fromString(row.get("organization_id").asString()));
			OrganizationTotals page = figures.of(id, null, null);
			assertThat(row.get("received").asLong()).isEqualTo(page.received());
			assertThat(row.get("answered").asLong()).isEqualTo(page.answered());
			assertThat(row.get("answered_on_time").asLong()).isEqualTo(page.answeredOnTime());
			assertThat(row.get("answered_on_time_share").asDouble()).isEqualTo(page.answeredOnTimeShare());
			assertThat(row.get("answered_within_legal").asLong()).isEqualTo(page.answeredWithinLegal());
			assertThat(row.get("rerouted_away").asLong()).isEqualTo(page.reroutedAway());
			assertThat(row.get("reopened").asLong()).isEqualTo(page.reopened());
			assertThat(row.get("overdue").asLong()).isEqualTo(page.overdue());
			assertThat(row.get("organization_name").asString())
				.isEqualTo(organizations.find(id).map(Organization::name).orElseThrow().ru());
		}
	}

	private static boolean onGrid(String value, BigDecimal step) {
		return new BigDecimal(value).remainder(step).compareTo(BigDecimal.ZERO) == 0;
	}

}
