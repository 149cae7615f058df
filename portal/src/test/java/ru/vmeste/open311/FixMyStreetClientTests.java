package ru.vmeste.open311;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.reports.Reporting;
import ru.vmeste.reports.Workspace;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the endpoint over HTTP exactly as FixMyStreet's {@code perllib/Open311.pm} does: the
 * endpoint URL with the call and {@code .xml} appended, {@code jurisdiction_id} on every call,
 * {@code api_key} on posts (form-encoded, split first and last name, {@code attribute[...]},
 * truncated coordinates, {@code media_url}) and on the updates call, which asks for a window
 * given by both W3C dates; answers read the way its {@code XML::Simple} reads them.
 */
@PortalTest
class FixMyStreetClientTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Clock clock;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void fixMyStreetSendsAReportAndFetchesItsUpdatesUntilTheAnswer() throws Exception {
		String endpoint = "http://localhost:" + port + "/open311/v2/";
		String start = w3c(clock.instant().minusSeconds(60));

		// get_service_list, get_service_meta_info
		HttpResponse<String> services = get(endpoint + "services.xml", Map.of("jurisdiction_id", "perm"));
		assertThat(services.statusCode()).isEqualTo(200);
		assertThat(services.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
			.startsWith("text/xml").contains("charset=UTF-8"));
		assertThat(GeoReportSpec.xml(services.body(), GeoReportSpec.SERVICES))
			.anySatisfy(service -> assertThat(service).containsEntry("service_code", "pothole"));
		HttpResponse<String> meta = get(endpoint + "services/pothole.xml", Map.of("jurisdiction_id", "perm"));
		String size = GeoReportSpec.xmlList(meta.body(), GeoReportSpec.ATTRIBUTE).getFirst().get("code");

		// send_service_request: _populate_service_request_params
		GeoPoint point = Reporting.somewhereInTheCentre();
		Map<String, String> params = new LinkedHashMap<>();
		params.put("description", "Pothole reported on FixMyStreet\n\nDeep hole by the bus stop");
		params.put("service_code", "pothole");
		params.put("first_name", "Fix");
		params.put("last_name", "My Street");
		params.put("email", DemoAccounts.RESIDENT);
		params.put("lat", "%.6f".formatted(point.lat()));
		params.put("long", "%.6f".formatted(point.lon()));
		params.put("media_url", "https://www.fixmystreet.com/photo/12345.0.full.jpeg");
		params.put("attribute[" + size + "]", "40");
		params.put("attribute[fixmystreet_id]", "12345");
		params.put("jurisdiction_id", "perm");
		params.put("api_key", Open311Calls.DEMO_KEY);
		HttpResponse<String> posted = post(endpoint + "requests.xml", params);
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
		String id = GeoReportSpec.xml(posted.body(), GeoReportSpec.POSTED).getFirst().get("service_request_id");
		assertThat(id).isNotBlank();

		String moderator = DemoAccounts.bearer(mvc, DemoAccounts.MODERATOR);
		assertThat(Reporting.decide(mvc, moderator, id, "{\"decision\":\"PUBLISH\"}")).hasStatusOk();
		Reporting.awaitRouted(mvc, id);
		assertThat(new Workspace(mvc).answer(DemoAccounts.bearer(mvc, DemoAccounts.OFFICIAL), id,
				"The pothole was filled")).hasStatus(HttpStatus.CREATED);

		// get_service_request_updates: both dates or none, api_key, jurisdiction_id
		List<Map<String, String>> updates = Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
			HttpResponse<String> answer = get(endpoint + "servicerequestupdates.xml", Map.of("api_key",
					Open311Calls.DEMO_KEY, "start_date", start, "end_date", w3c(clock.instant().plusSeconds(5)),
					"jurisdiction_id", "perm"));
			assertThat(answer.statusCode()).isEqualTo(200);
			return GeoReportSpec.xml(answer.body(), GeoReportSpec.UPDATES).stream()
				.filter(update -> id.equals(update.get("service_request_id")))
				.toList();
		}, found -> found.stream().anyMatch(update -> "closed".equals(update.get("status"))));
		assertThat(updates.getLast()).containsEntry("status", "closed")
			.containsEntry("description", "The pothole was filled");
		assertThat(updates).allSatisfy(update -> assertThat(update.get("update_id")).isNotBlank());

		// get_service_requests with report_ids
		HttpResponse<String> requests = get(endpoint + "requests.xml",
				Map.of("service_request_id", id, "jurisdiction_id", "perm"));
		assertThat(GeoReportSpec.xml(requests.body(), GeoReportSpec.REQUESTS)).singleElement()
			.satisfies(request -> assertThat(request).containsEntry("status", "closed")
				.containsEntry("status_notes", "The pothole was filled"));
	}

	@Test
	void fixMyStreetReadsAnErrorAsCodeAndDescription() throws Exception {
		HttpResponse<String> refused = post("http://localhost:" + port + "/open311/v2/requests.xml",
				Map.of("service_code", "pothole", "jurisdiction_id", "perm", "api_key", "not-our-key-at-all"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(GeoReportSpec.xml(refused.body(), GeoReportSpec.ERRORS)).singleElement()
			.satisfies(error -> assertThat(error).containsEntry("code", "403").containsKey("description"));
	}

	private HttpResponse<String> get(String url, Map<String, String> query) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url + "?" + form(query))).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> post(String url, Map<String, String> params) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(params)))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String form(Map<String, String> params) {
		return params.entrySet().stream()
			.map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/** DateTime::Format::W3CDTF of a UTC time: seconds and {@code Z}. */
	private static String w3c(java.time.Instant instant) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
	}

}
