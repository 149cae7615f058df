package ru.vmeste.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors Tomcat raises itself, before any filter runs, come in the portal's formats: a NUL or an
 * encoded slash in an API path and a 100,000-character query are RFC 9457 problems listing the
 * refused input (in the client's language), the same under Open311 is the GeoReport error list
 * in the call's format, and a web page still gets a 400 rather than anything worse.
 */
@PortalTest
class ServerLevelErrorsTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void aNulOrAnEncodedSlashInAnApiPathIsAProblem() throws IOException {
		for (String path : new String[] { "/api/v1/appeals/%00", "/api/v1/appeals/a%2fb" }) {
			Answer answer = get(path, null);
			assertThat(answer.head()).as(path).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json");
			JsonNode problem = json.readTree(answer.body());
			assertThat(problem.get("status").asInt()).isEqualTo(400);
			assertThat(problem.get("title").asString()).isEqualTo("Неверный запрос");
			assertThat(problem.get("instance").asString()).isEqualTo(path);
			assertThat(problem.at("/errors/0/message").asString()).contains("косая черта");
		}
		JsonNode english = json.readTree(get("/api/v1/appeals/%00", "en-GB,en;q=0.9").body());
		assertThat(english.get("title").asString()).isEqualTo("Bad request");
		assertThat(english.at("/errors/0/message").asString()).contains("encoded slash");
	}

	@Test
	void aHundredThousandCharacterQueryIsAProblem() throws IOException {
		Answer answer = get("/api/v1/works?q=" + "x".repeat(100_000), "en");
		assertThat(answer.head()).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json");
		JsonNode problem = json.readTree(answer.body());
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("errors")).hasSize(1);
	}

	@Test
	void open311AnswersItsOwnErrorListInTheCallsFormat() throws IOException {
		Answer xml = get("/open311/v2/requests/a%2fb.xml", "en");
		assertThat(xml.head()).startsWith("HTTP/1.1 400").contains("Content-Type: text/xml");
		assertThat(xml.body()).startsWith("<?xml").contains("<errors><error><code>400</code><description>");
		JsonNode errors = json.readTree(get("/open311/v2/requests/a%2fb.json", "en").body());
		assertThat(errors.isArray()).isTrue();
		assertThat(errors.get(0).get("code").asInt()).isEqualTo(400);
		assertThat(errors.get(0).get("description").asString()).isNotBlank();
	}

	@Test
	void aWebPageWithAnEncodedSlashIsABadRequest() throws IOException {
		assertThat(get("/works/a%2fb", "ru").head()).startsWith("HTTP/1.1 400").contains("text/html");
	}

	private Answer get(String target, String language) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
					+ (language == null ? "" : "Accept-Language: " + language + "\r\n") + "Connection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			int end = answer.indexOf("\r\n\r\n");
			return new Answer(answer.substring(0, end), answer.substring(end + 4));
		}
	}

	private record Answer(String head, String body) {
	}

}
