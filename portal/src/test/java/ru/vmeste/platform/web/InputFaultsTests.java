package ru.vmeste.platform.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ru.vmeste.reports.Reporting;
import ru.vmeste.reports.Topics;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.ExifJpeg;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The twelve 5xx answers a probe of 4,000 malformed requests found (issue 21), each kept as a
 * regression: a NUL (raw or %00) in any text reaching PostgreSQL, an empty bbox on the map, a
 * NUL in a multipart file name, a multipart body without a boundary. Each is now a 4xx (or, for
 * file names, cleaned), never a stack trace, and nothing of a refused write is stored.
 */
@PortalTest
class InputFaultsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Topics topics;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	String resident;

	@BeforeEach
	void signIn() {
		resident = DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/works?program=%00", "/api/v1/works?program=a%00b",
			"/api/v1/works/map?bbox=56.1,57.9,56.4,58.1&zoom=12&program=%00", "/api/v1/objects/search?q=%00",
			"/api/v1/objects/search?q=%D0%B4%00", "/api/v1/appeals/duplicates?lat=58.01&lon=56.24&text=%00" })
	void aNulInAQueryParameterIsRefused(String uri) {
		MvcTestResult answer = mvc.get().uri(URI.create(uri)).exchange();
		assertThat(answer).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(body(answer)).contains("\"errors\"").doesNotContain("Exception");
	}

	@Test
	void aRawNulInAQueryParameterIsRefusedToo() {
		assertThat(mvc.get().uri("/api/v1/objects/search").param("q", "\u0000")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void aNulInAnAppealsTextOrAddressIsRefusedAndNothingIsStored() {
		int before = appeals();
		String pothole = Reporting.topicId(topics, "pothole");
		for (String field : new String[] { "\"text\":\"Яма\\u0000у дома\"",
				"\"text\":\"Яма у дома, колесо\",\"address\":\"ул. Ленина\\u0000, 1\"" }) {
			MvcTestResult answer = mvc.post()
				.uri("/api/v1/appeals")
				.header("Authorization", resident)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"topicId\":\"%s\",\"lat\":58.0106,\"lon\":56.2420,%s}".formatted(pothole, field))
				.exchange();
			assertThat(answer).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
		assertThat(appeals()).isEqualTo(before);
	}

	@Test
	void aNulInARegistrationsNameIsRefusedAndNoAccountIsMade() {
		String email = DemoAccounts.uniqueEmail();
		assertThat(mvc.post()
			.uri("/api/v1/auth/register")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"%s\",\"password\":\"resident-pass\",\"name\":\"Eve\\u0000\"}".formatted(email)))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(jdbc.sql("select count(*) from identity_users where email = ?").param(email).query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aNulInAFormFieldIsRefusedWithThePage() {
		assertThat(mvc.get().uri(URI.create("/works?program=%00")).accept(MediaType.TEXT_HTML))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void theMapWithAnEmptyBboxIsRefusedNotANullPointer() {
		MvcTestResult answer = mvc.get().uri(URI.create("/api/v1/appeals?bbox=&zoom=12")).exchange();
		assertThat(answer).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void aNulInAMultipartFileNameIsCleanedAway() throws Exception {
		MvcTestResult uploaded = photoOfANewAppeal("Яма у остановки, фото приложено", "IMG\u0000_1.jpg");
		assertThat(uploaded).hasStatus(HttpStatus.CREATED);
		assertThat((String) JsonPath.read(body(uploaded), "$.url")).isNotBlank();
	}

	@Test
	void aMultipartBodyWithoutABoundaryIsRefused() {
		String id = Reporting.report(mvc, resident, Reporting.topicId(topics, "pothole"),
				Reporting.somewhereInTheCentre(), "Яма у школы, фото не дошло");
		MvcTestResult answer = mvc.post()
			.uri("/api/v1/appeals/{id}/photos", id)
			.header("Authorization", resident)
			.contentType("multipart/form-data")
			.content("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n\r\nabc\r\n--x--\r\n")
			.exchange();
		assertThat(answer.getResponse().getStatus()).isBetween(400, 499);
		assertThat(body(answer)).doesNotContain("Exception");

		// through the real server, whose multipart parser met it first
		HttpResponse<String> real = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/appeals/" + id + "/photos"))
			.header("Authorization", resident)
			.header("Content-Type", "multipart/form-data")
			.POST(HttpRequest.BodyPublishers.ofString(
					"--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n\r\nabc\r\n--x--\r\n")));
		assertThat(real.statusCode()).isEqualTo(400);
		assertThat(real.body()).doesNotContain("Exception");
	}

	@Test
	void aFileNameBrokenAcrossHeaderLinesIsRefusedNotA500() {
		String id = Reporting.report(mvc, resident, Reporting.topicId(topics, "pothole"),
				Reporting.somewhereInTheCentre(), "Яма у моста, фото с переносом строки");
		// found by ApiFuzzIT: the name's line break leaves the Content-Disposition quote open
		HttpResponse<String> real = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/appeals/" + id + "/photos"))
			.header("Authorization", resident)
			.header("Content-Type", "multipart/form-data; boundary=x")
			.POST(HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
					+ "\r\nX-Injected: 1\"\r\nContent-Type: image/jpeg\r\n\r\nabc\r\n--x--\r\n")));
		assertThat(real.statusCode()).isEqualTo(400);
		assertThat(real.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
		assertThat(real.body()).doesNotContain("Exception");
	}

	@Test
	void aNulInASignInAddressIsRefusedAsBadInput() {
		// found by ApiFuzzIT: the sign-in throttle looked the address up before the JSON was checked
		HttpResponse<String> real = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"true\\u0000\",\"password\":\"x\"}")));
		assertThat(real.statusCode()).isEqualTo(400);
		assertThat(real.body()).doesNotContain("Exception");
	}

	@Test
	void aParameterNameTheFirewallRefusesIsA400() {
		// found by ApiFuzzIT: Spring Security's firewall checks parameter names when a controller reads them
		HttpResponse<String> api = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/works?%EF%BF%BF=1")).GET());
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
		HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base() + "/works?%EF%BF%BF=1"))
			.header("Accept", "text/html")
			.GET());
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).doesNotContain("Exception");
	}

	@Test
	void aChunkedJsonBodyOverTheLimitIsRefusedWith413() {
		// no Content-Length: the limit is checked while reading
		byte[] large = ("{\"description\":\"" + "я".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> real = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/appeals"))
			.header("Authorization", resident)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(large))));
		assertThat(real.statusCode()).isEqualTo(413);
		int before = appeals();
		HttpResponse<String> small = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/appeals"))
			.header("Authorization", resident)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(
					() -> new java.io.ByteArrayInputStream("{\"description\":\"\"}".getBytes(StandardCharsets.UTF_8)))));
		assertThat(small.statusCode()).as(small.body()).isEqualTo(400);
		assertThat(appeals()).isEqualTo(before);
	}

	@Test
	void aPhotoOfAnAppealInModerationIsKeptByNoCache() throws Exception {
		MvcTestResult uploaded = photoOfANewAppeal("Яма у подъезда, фото для проверки кеша", "IMG_2.jpg");
		String url = JsonPath.read(body(uploaded), "$.url");
		MvcTestResult photo = mvc.get().uri(url).header("Authorization", resident).exchange();
		assertThat(photo).hasStatusOk();
		assertThat(photo.getResponse().getHeader("Cache-Control")).contains("no-store", "private");
	}

	@Test
	void aNulInAQueryThroughTheRealServerIsRefused() {
		HttpResponse<String> real = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/works?program=%00")).GET());
		assertThat(real.statusCode()).isEqualTo(400);
	}

	/** The resident reports a pothole (it waits in moderation) and uploads a photo of it under the name. */
	private MvcTestResult photoOfANewAppeal(String text, String fileName) {
		String id = Reporting.report(mvc, resident, Reporting.topicId(topics, "pothole"),
				Reporting.somewhereInTheCentre(), text);
		return mvc.post()
			.uri("/api/v1/appeals/{id}/photos", id)
			.multipart()
			.file(new MockMultipartFile("file", fileName, "image/jpeg", ExifJpeg.withGps(64, 48, 1)))
			.header("Authorization", resident)
			.exchange();
	}

	private String base() {
		return "http://127.0.0.1:" + port;
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private int appeals() {
		return jdbc.sql("select count(*) from reports_appeals").query(Integer.class).single();
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
