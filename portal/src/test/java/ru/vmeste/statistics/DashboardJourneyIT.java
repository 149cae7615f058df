package ru.vmeste.statistics;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import ru.vmeste.support.Browser;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public control in headless Chromium, as a visitor: the dashboard draws its charts and shows
 * each one's table, its figures are the statistics API's for the same filter and follow a
 * district chosen in the filter bar; the ranking sorted by "answered on time" is in that order;
 * an organization's page has the figures of its ranking row; the ranking's CSV download holds
 * the same numbers as the page; and no page logs a script error.
 */
@PortalTest
class DashboardJourneyIT {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aVisitorReadsTheDashboardFiltersItAndFollowsAnOrganization() throws Exception {
		try (Browser browser = Browser.open(port)) {
			browser.go("/dashboard?lang=ru");
			for (String chart : List.of("outcomes-chart", "timeline-chart")) {
				browser.waitFor(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
						"const c = document.getElementById(arguments[0]); return c.width > 0 && typeof Chart !== 'undefined'"
								+ " && Chart.getChart(c) !== undefined;", chart));
			}
			assertThat(browser.driver().findElements(By.cssSelector("#outcomes-table tbody tr"))).hasSize(5);
			assertThat(browser.driver().findElements(By.cssSelector("#timeline-table tbody tr"))).isNotEmpty();
			String from = browser.find(By.id("filter-from")).getDomProperty("value");
			String to = browser.find(By.id("filter-to")).getDomProperty("value");
			assertThat(figure(browser, "appeals")).isEqualTo(api("/api/v1/statistics/summary?from=" + from + "&to=" + to, "$.appeals"));
			assertThat(figure(browser, "published")).isEqualTo(api("/api/v1/statistics/summary?from=" + from + "&to=" + to, "$.published"));

			// the district with the most published appeals, chosen in the filter bar
			WebElement busiest = browser.driver()
				.findElements(By.cssSelector("#districts-table tbody tr[data-district-id]"))
				.stream()
				.max(java.util.Comparator.comparingLong(row -> Long.parseLong(row.findElement(By.cssSelector("[data-value]")).getText().strip())))
				.orElseThrow();
			String district = busiest.getDomAttribute("data-district-id");
			new Select(browser.find(By.id("filter-districtId"))).selectByValue(district);
			browser.click(By.cssSelector("form[data-filter-bar] button[type=submit]"));
			browser.waitFor(driver -> driver.getCurrentUrl().contains("districtId=" + district));
			String filtered = "/api/v1/statistics/summary?from=" + from + "&to=" + to + "&districtId=" + district;
			assertThat(figure(browser, "appeals")).isEqualTo(api(filtered, "$.appeals"));
			assertThat(figure(browser, "published")).isEqualTo(api(filtered, "$.published")).isPositive();

			browser.go("/dashboard/organizations?lang=ru");
			browser.click(By.cssSelector("th a[data-sort=answered-on-time]"));
			browser.waitFor(driver -> driver.getCurrentUrl().contains("sort=answered-on-time"));
			List<WebElement> rows = browser.driver().findElements(By.cssSelector("#ranking-table tbody tr[data-organization-id]"));
			assertThat(rows).hasSizeGreaterThan(1);
			List<Double> onTime = rows.stream()
				.map(row -> Double.parseDouble(cell(row, "answered-on-time").replace(',', '.')))
				.toList();
			assertThat(onTime).isSortedAccordingTo(java.util.Comparator.reverseOrder());

			WebElement first = rows.getFirst();
			String organization = first.getDomAttribute("data-organization-id");
			String received = cell(first, "received");
			String answered = cell(first, "answered");
			String share = cell(first, "answered-on-time");
			String csvPath = browser.find(By.cssSelector("a[data-csv=organizations]")).getDomAttribute("href");
			List<CSVRecord> csv = csv(csvPath);
			CSVRecord line = csv.stream().filter(record -> record.get("organization_id").equals(organization)).findFirst()
				.orElseThrow();
			assertThat(line.get("appeals")).isEqualTo(received);
			assertThat(line.get("answered")).isEqualTo(answered);
			assertThat(line.get("answered_on_time_percent").replace(',', '.')).isEqualTo(share.replace(',', '.'));
			assertThat(csv).hasSize(rows.size());

			first.findElement(By.cssSelector("a[data-organization-link]")).click();
			browser.waitFor(driver -> browser.currentPath().startsWith("/dashboard/organizations/" + organization));
			assertThat(browser.text(By.cssSelector("[data-figure=received]"))).isEqualTo(received);
			assertThat(browser.text(By.cssSelector("[data-figure=answered]"))).isEqualTo(answered);
			assertThat(browser.text(By.cssSelector("[data-figure=answered-on-time]"))).isEqualTo(share);

			assertThat(browser.consoleErrors()).as("script errors on the dashboard's pages").isEmpty();
		}
	}

	private static long figure(Browser browser, String name) {
		return Long.parseLong(browser.text(By.cssSelector("[data-figure=" + name + "]")).replaceAll("\\D", ""));
	}

	private static String cell(WebElement row, String column) {
		return row.findElement(By.cssSelector("[data-column=" + column + "]")).getText().strip();
	}

	private long api(String path, String field) throws IOException, InterruptedException {
		String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		return ((Number) JsonPath.read(body, field)).longValue();
	}

	private List<CSVRecord> csv(String path) throws IOException, InterruptedException {
		HttpResponse<String> answer = http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept-Language", "ru")
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).isEqualTo(200);
		return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(answer.body()))
			.getRecords();
	}

}
