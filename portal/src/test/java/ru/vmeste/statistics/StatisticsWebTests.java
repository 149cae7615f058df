package ru.vmeste.statistics;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.identity.internal.Users;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.reports.Reporting;
import ru.vmeste.statistics.internal.Visitors;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics' pages and API per role: the contract's fields, honest "resolved" labels, bad
 * input refused with 400, the dashboard's tables and their CSV downloads with the same numbers,
 * the ranking and an organization's page, staff statistics for heads and administrators only,
 * the rebuild for administrators only, and visitors counted without cookies.
 */
@PortalTest
class StatisticsWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Users users;

	@Autowired
	Organizations organizations;

	@Autowired
	Visitors visitors;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSummaryHasTheContractsFieldsAndSaysWhatResolvedCounts() {
		String body = Reporting.body(mvc.get().uri("/api/v1/statistics/summary").exchange());
		Map<String, Object> summary = JsonPath.read(body, "$");
		assertThat(summary).containsKeys("residents", "visitors", "appeals", "published", "resolvedShare",
				"averageAnswerWorkingDays", "overdueShare", "topics", "votesCompleted", "ballots", "objects", "works",
				"ideas", "roadsSuggested");
		assertThat(summary.get("resolvedCounts")).isEqualTo("CONFIRMED_SOLVED_BY_AUTHOR");
		Map<String, Integer> outcomes = JsonPath.read(body, "$.outcomes");
		assertThat(outcomes.values().stream().mapToLong(Integer::longValue).sum())
			.isEqualTo(((Number) summary.get("published")).longValue());
		assertThat(((Number) summary.get("appeals")).longValue()).isPositive();
		assertThat(((Number) summary.get("objects")).longValue()).isPositive();
		assertThat(((Number) summary.get("residents")).longValue()).isPositive();
		assertThat((Double) summary.get("resolvedShare")).isBetween(0.0, 1.0);
	}

	@Test
	void seriesAndRankingAnswerAndBadInputIsRefused() {
		assertThat(mvc.get().uri("/api/v1/statistics/series?metric=answered&interval=week")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.length()")
			.isEqualTo(26);
		assertThat(mvc.get().uri("/api/v1/statistics/organizations?sort=answered-on-time")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[0].organizationId")
			.isNotNull();
		assertThat(mvc.get().uri("/api/v1/statistics/series?metric=nonsense")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/api/v1/statistics/series?interval=year")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/api/v1/statistics/series?interval=day&from=2000-01-01&to=2026-01-01"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/api/v1/statistics/summary?from=2026-02-01&to=2026-01-01"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/api/v1/statistics/summary?from=yesterday")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/api/v1/statistics/organizations?sort=name")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/dashboard?from=2026-02-01&to=2026-01-01")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void theDashboardsTablesAreItsDownloads() {
		assertThat(mvc.get().uri("/dashboard")).hasStatusOk()
			.bodyText()
			.contains("Общественный контроль", "автор подтвердил, что проблема устранена", "outcomes-table",
					"timeline-table", "districts-table", "/dashboard/timeline.csv?");
		assertThat(mvc.get().uri("/dashboard?lang=en")).hasStatusOk()
			.bodyText()
			.contains("Public control", "the author confirmed the problem is fixed");
		String page = Reporting.body(mvc.get().uri("/dashboard?interval=week").exchange());
		List<String> lines = csv("/dashboard/timeline.csv?interval=week").lines().toList();
		assertThat(lines.getFirst()).isEqualTo("period,start,appeals,published,answered,resolved,not_confirmed");
		List<String> shown = tableRows(page, "timeline-table");
		assertThat(shown).hasSize(lines.size() - 1);
		for (int i = 1; i < lines.size(); i++) {
			String[] cells = lines.get(i).split(",");
			assertThat(shown.get(i - 1)).isEqualTo(String.join(",", cells[0], cells[2], cells[4], cells[5], cells[6]));
		}
		String outcomes = csv("/dashboard/outcomes.csv");
		assertThat(outcomes.lines().skip(1).map(line -> line.substring(line.lastIndexOf(',') + 1)))
			.allSatisfy(count -> assertThat(page).contains(">" + count + "<"));
		assertThat(csv("/dashboard/districts.csv").lines().count()).isGreaterThan(1);
	}

	@Test
	void theRankingSortsAndEachOrganizationHasAPage() {
		String roads = organizations.byCode("roads").map(organization -> organization.id().toString())
			.orElseGet(() -> organizations.all().getFirst().id().toString());
		assertThat(mvc.get().uri("/dashboard/organizations?sort=answered-on-time")).hasStatusOk()
			.bodyText()
			.contains("ranking-table", "data-sort=\"answered-on-time\"", "aria-sort=\"descending\"");
		assertThat(mvc.get().uri("/dashboard/organizations/{id}", roads)).hasStatusOk()
			.bodyText()
			.contains("data-organization-figures", "Последние ответы");
		assertThat(mvc.get().uri("/dashboard/organizations/{id}", "00000000-0000-0000-0000-000000000001"))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(csv("/dashboard/organizations.csv?sort=answered-on-time").lines().findFirst().orElseThrow())
			.startsWith("organization_id,organization,appeals,answered,answered_on_time_percent");
	}

	@Test
	void staffStatisticsAreForHeadsAndAdministratorsOnly() {
		assertThat(mvc.get().uri("/staff/statistics")).hasStatus(HttpStatus.FOUND);
		assertThat(mvc.get().uri("/staff/statistics").with(SignedIn.as(users, DemoAccounts.RESIDENT)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/staff/statistics").with(SignedIn.as(users, DemoAccounts.OFFICIAL))).hasStatusOk()
			.bodyText()
			.contains("data-workload")
			.doesNotContain("data-moderation-queue");
		assertThat(mvc.get().uri("/staff/statistics").with(SignedIn.as(users, DemoAccounts.ADMIN))).hasStatusOk()
			.bodyText()
			.contains("data-moderation-queue");
		String official = DemoAccounts.bearer(mvc, DemoAccounts.OFFICIAL);
		var headed = organizations.membershipsOf(users.byEmail(DemoAccounts.OFFICIAL).orElseThrow().id())
			.stream()
			.map(membership -> membership.organization())
			.toList();
		String other = organizations.all()
			.stream()
			.filter(organization -> !headed.contains(organization.id())
					&& (organization.parent() == null || !headed.contains(organization.parent())))
			.findFirst()
			.orElseThrow()
			.id()
			.toString();
		assertThat(mvc.get().uri("/api/v1/statistics/staff/organizations/{id}/overdue", other)
			.header("Authorization", official)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/api/v1/statistics/staff/moderation").header("Authorization", official))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/api/v1/statistics/staff/moderation")
			.header("Authorization", DemoAccounts.bearer(mvc, DemoAccounts.ADMIN))).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/statistics/staff/moderation")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void onlyAdministratorsRebuildTheRollups() {
		assertThat(mvc.post().uri("/api/v1/admin/statistics/rebuild")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.post().uri("/api/v1/admin/statistics/rebuild")
			.header("Authorization", DemoAccounts.bearer(mvc, DemoAccounts.OFFICIAL))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/api/v1/admin/statistics/rebuild")
			.header("Authorization", DemoAccounts.bearer(mvc, DemoAccounts.ADMIN))).hasStatus(HttpStatus.NO_CONTENT);
	}

	@Test
	void visitorsAreCountedOncePerDayWithoutCookiesOrAddresses() {
		LocalDate today = LocalDate.now();
		visitors.flush();
		long before = visitors.count(today.minusDays(1), today.plusDays(1));
		String agent = "Test browser " + DemoAccounts.uniqueEmail();
		assertThat(mvc.get().uri("/dashboard").header("User-Agent", agent)).hasStatusOk()
			.doesNotContainHeader("Set-Cookie");
		mvc.get().uri("/dashboard/organizations").header("User-Agent", agent).exchange();
		mvc.get().uri("/api/v1/statistics/summary").header("User-Agent", agent + " api").exchange();
		visitors.flush();
		assertThat(visitors.count(today.minusDays(1), today.plusDays(1))).isEqualTo(before + 1);
		assertThat(jdbc.sql("select count(*) from statistics_visitors where octet_length(hash) <> 16").query(Long.class)
			.single()).isZero();
	}

	/** The rows of a table on the page: the row's label and its cells, comma-separated. */
	static List<String> tableRows(String page, String table) {
		String body = page.substring(page.indexOf("id=\"" + table + "\""));
		body = body.substring(body.indexOf("<tbody>"), body.indexOf("</tbody>"));
		Matcher row = Pattern.compile("data-label>([^<]*)</th>(.*?)</tr>", Pattern.DOTALL).matcher(body);
		List<String> rows = new java.util.ArrayList<>();
		while (row.find()) {
			Matcher cell = Pattern.compile("data-value>([^<]*)</td>").matcher(row.group(2));
			StringBuilder line = new StringBuilder(row.group(1).strip());
			while (cell.find()) {
				line.append(',').append(cell.group(1).strip());
			}
			rows.add(line.toString());
		}
		return rows;
	}

	private String csv(String path) {
		var result = mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("text/csv");
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
