package ru.vmeste.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 50 MB upload gets a clear "too large" from the real server (the servlet container enforces
 * the multipart limits, which MockMvc does not): problem+json on the API, a page on the form.
 */
@PortalTest
class LargeUploadTests {

	private static final byte[] FIFTY_MEGABYTES = new byte[50 * 1024 * 1024];

	private static final String BOUNDARY = "vmeste-test-boundary";

	@LocalServerPort
	int port;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Topics topics;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void theApiAnswers413ProblemJson() throws Exception {
		String resident = DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT);
		String id = Reporting.report(mvc, resident, Reporting.topicId(topics, "pothole"), Reporting.somewhereInTheCentre(),
				"Яма, огромное фото");
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/appeals/" + id + "/photos"))
			.header("Authorization", resident)
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart("file", FIFTY_MEGABYTES)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("Файл слишком большой.").doesNotContain("Exception");
		assertThat(jdbc.sql("select count(*) from reports_appeal_photos where appeal_id = ?::uuid").param(id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theFormShowsATooLargePage() throws Exception {
		String login = get("/login").body();
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(DemoAccounts.RESIDENT, StandardCharsets.UTF_8)
					+ "&password=" + DemoAccounts.PASSWORD + "&_csrf=" + token(login, "name=\"_csrf\" value=\"([^\"]+)\"")))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		String form = get("/appeals/new").body();
		String action = token(form, "id=\"report-form\" action=\"([^\"]+)\"").replace("&amp;", "&");

		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(action))
			.header("Accept", "text/html")
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart("photos", FIFTY_MEGABYTES)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("Файл слишком большой.").doesNotContain("Exception");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static String token(String html, String pattern) {
		Matcher matcher = Pattern.compile(pattern).matcher(html);
		assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
		return matcher.group(1);
	}

	private static byte[] multipart(String field, byte[] content) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 1024);
		body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field
				+ "\"; filename=\"huge.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

}
