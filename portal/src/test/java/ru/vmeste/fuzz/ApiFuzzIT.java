package ru.vmeste.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-based fuzzing of the API, driven by its own OpenAPI document: every operation gets
 * malformed types, huge and unicode-hostile strings, bad coordinates and bboxes, hostile file
 * names and broken CSV / GeoJSON uploads, as anonymous and as each role. The invariant: never a
 * 5xx, never a stack trace, and a refused write leaves nothing behind (the rows of the tables
 * requests write synchronously are counted before and after).
 * <p>
 * Bounded by whichever comes first: {@code -Dvmeste.fuzz.requests} (6,000 by default, CI: half as
 * many again as the probe of 4,000 requests that found the twelve faults {@code InputFaultsTests}
 * keeps; 0 for no count) and {@code -Dvmeste.fuzz.seconds} (60 by default; nightly e.g. 1800 with
 * no count). {@code -Dvmeste.fuzz.seed} replays a run (the seed is printed): a count, unlike a time,
 * sends the same requests on a slower machine.
 */
@PortalTest
class ApiFuzzIT {

	private static final List<String> WRITTEN_TABLES = List.of("reports_appeals", "reports_appeal_photos",
			"identity_users", "works_works", "works_documents", "works_photos", "works_ratings", "objects_objects",
			"voting_ballots", "voting_voters", "platform_files");

	private static final List<String> STACK_TRACE = List.of("\tat ", "Exception:", "java.lang.",
			"org.springframework.", "org.postgresql");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * The fuzzer's wrong passwords count against 127.0.0.1, from where every test of this shared
	 * context signs in: it starts and ends with nothing counted, and clears the count whenever
	 * it signs in itself.
	 */
	@BeforeEach
	@AfterEach
	void forgetFailedSignIns() {
		jdbc.sql("delete from identity_login_failures").update();
	}

	@Test
	void noOperationAnswers5xxOrAStackTraceOrHalfWritesWhateverItIsSent() throws Exception {
		long seed = Long.getLong("vmeste.fuzz.seed", System.nanoTime());
		Duration budget = Duration.ofSeconds(Long.getLong("vmeste.fuzz.seconds", 60));
		long requests = Long.getLong("vmeste.fuzz.requests", 6_000);
		HostileValues values = new HostileValues(seed);
		JsonNode api = json.readTree(get("/v3/api-docs").body());
		List<Operation> operations = operations(api);
		assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(30);
		List<String> tokens = tokens();

		Map<String, Integer> byStatus = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		long started = System.nanoTime();
		long deadline = started + budget.toNanos();
		int sent = 0;
		while (System.nanoTime() < deadline && (requests == 0 || sent < requests) && failures.size() < 20) {
			Operation operation = values.pick(operations);
			String token = values.chance(20) ? null : values.chance(5) ? "Bearer " + values.text() : values.pick(tokens);
			Attempt attempt;
			try {
				attempt = attempt(operation, values, api, token);
			}
			catch (IllegalArgumentException unsendable) {
				continue; // a request the HTTP client itself refuses to build
			}
			boolean write = !operation.method().equals("GET");
			long before = write ? fingerprint() : 0;
			HttpResponse<String> response;
			try {
				response = http.send(attempt.request(), HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException ex) {
				if (refusedAtTheConnection(attempt.request())) {
					byStatus.merge("closed", 1, Integer::sum);
				}
				else {
					failures.add(attempt.description() + " -> connection failed: " + ex);
				}
				continue;
			}
			sent++;
			int status = response.statusCode();
			byStatus.merge(status / 100 + "xx", 1, Integer::sum);
			if (status >= 500 && !(status == 503 && operation.path().startsWith("/opendata"))) {
				failures.add(attempt.description() + " -> " + status + " " + abbreviated(response.body()));
			}
			else if (STACK_TRACE.stream().anyMatch(response.body()::contains)) {
				failures.add(attempt.description() + " -> a stack trace in " + abbreviated(response.body()));
			}
			else if (write && status >= 400 && fingerprint() != before) {
				failures.add(attempt.description() + " -> refused with " + status + " but rows were written");
			}
			if (sent % 300 == 0) {
				tokens = tokens();
			}
		}
		System.out.printf("API fuzzing: seed %d, %d requests over %d operations in %d s: %s; %d failures%n", seed,
				sent, operations.size(), Duration.ofNanos(System.nanoTime() - started).toSeconds(), byStatus,
				failures.size());
		failures.forEach(failure -> System.out.println("  " + failure));
		assertThat(sent).as("requests sent").isGreaterThan(100);
		assertThat(failures).as("failures (replay with -Dvmeste.fuzz.seed=" + seed + ")").isEmpty();
	}

	private Attempt attempt(Operation operation, HostileValues values, JsonNode api, String token) {
		String path = operation.path();
		StringBuilder query = new StringBuilder();
		for (JsonNode parameter : operation.parameters()) {
			String name = parameter.path("name").asString();
			JsonNode schema = parameter.path("schema");
			String value = values.forType(schema.path("type").asString("string"), schema.path("format").asString(""), name);
			switch (parameter.path("in").asString()) {
				case "path" -> path = path.replace("{" + name + "}", encode(value).replace("+", "%20"));
				case "query" -> {
					if (values.chance(75)) {
						query.append(query.isEmpty() ? "?" : "&").append(encode(name)).append('=').append(encode(value));
					}
				}
				default -> {
				}
			}
		}
		if (values.chance(10)) {
			query.append(query.isEmpty() ? "?" : "&").append(encode(values.text())).append('=').append(encode(values.text()));
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path + query))
			.timeout(Duration.ofSeconds(30));
		if (token != null) {
			// what an HTTP client can send at all: printable ASCII, no trailing blank
			String header = token.replaceAll("[^\\x21-\\x7e ]", "").strip();
			if (!header.isEmpty()) {
				request.header("Authorization", header);
			}
		}
		request.header("Accept", values.chance(20) ? "text/html" : "application/json");
		String description = operation.method() + " " + path + query;
		JsonNode body = operation.body();
		if (body.has("multipart/form-data")) {
			String boundary = "fuzz" + UUID.randomUUID();
			String name = values.fileName();
			byte[] content = values.fileContent();
			String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + partName(body, values)
					+ "\"; filename=\"" + name.replace("\"", "%22") + "\"\r\nContent-Type: "
					+ values.pick(List.of("image/jpeg", "text/csv", "application/geo+json", "application/pdf", "x/y"))
					+ "\r\n\r\n";
			byte[] multipart = concat(head.getBytes(StandardCharsets.UTF_8), content,
					("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			request.header("Content-Type", values.chance(10) ? "multipart/form-data" : "multipart/form-data; boundary=" + boundary);
			request.method(operation.method(), HttpRequest.BodyPublishers.ofByteArray(multipart));
			description += " multipart file \"" + abbreviated(name) + "\"";
		}
		else if (body.has("application/json") || !operation.method().equals("GET") && values.chance(30)) {
			String document = jsonBody(body.path("application/json").path("schema"), api, values);
			request.header("Content-Type", "application/json");
			request.method(operation.method(), HttpRequest.BodyPublishers.ofString(document));
			description += " body " + abbreviated(document);
		}
		else {
			request.method(operation.method(), HttpRequest.BodyPublishers.noBody());
		}
		return new Attempt(request.build(), description);
	}

	private String jsonBody(JsonNode schema, JsonNode api, HostileValues values) {
		return switch (values.random().nextInt(10)) {
			case 0 -> values.pick(List.of("", "{", "[]", "null", "\"x\"", "{\"a\":", "{}", "[".repeat(3000),
					"{\"x\":1}".repeat(2)));
			case 1 -> "{}";
			default -> json.writeValueAsString(value(schema, api, values, 0));
		};
	}

	private Object value(JsonNode schema, JsonNode api, HostileValues values, int depth) {
		if (schema.has("$ref")) {
			String name = schema.path("$ref").asString().replace("#/components/schemas/", "");
			return value(api.path("components").path("schemas").path(name), api, values, depth);
		}
		String type = schema.path("type").asString("object");
		if (values.chance(8) || depth > 4) {
			return values.pick(List.of(values.text(), 1, -1, 1e308, List.of(), Map.of(), Boolean.TRUE));
		}
		return switch (type) {
			case "object" -> {
				Map<String, Object> object = new TreeMap<>();
				schema.path("properties").properties().forEach(property -> {
					if (!values.chance(15)) {
						object.put(property.getKey(), value(property.getValue(), api, values, depth + 1));
					}
				});
				yield object;
			}
			case "array" -> {
				List<Object> list = new ArrayList<>();
				int size = values.chance(5) ? 500 : values.random().nextInt(4);
				for (int i = 0; i < size; i++) {
					list.add(value(schema.path("items"), api, values, depth + 1));
				}
				yield list;
			}
			case "integer", "number" -> {
				String number = values.forType(type, "", schema.path("title").asString(""));
				try {
					yield new java.math.BigDecimal(number);
				}
				catch (NumberFormatException notANumber) {
					yield number;
				}
			}
			case "boolean" -> values.chance(80) ? values.random().nextBoolean() : values.text();
			default -> values.forType("string", schema.path("format").asString(""), "");
		};
	}

	private static String partName(JsonNode body, HostileValues values) {
		List<String> names = new ArrayList<>();
		body.path("multipart/form-data").path("schema").path("properties").properties()
			.forEach(property -> names.add(property.getKey()));
		return names.isEmpty() || values.chance(10) ? "file" : values.pick(names);
	}

	private List<Operation> operations(JsonNode api) {
		List<Operation> operations = new ArrayList<>();
		api.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
			JsonNode operation = method.getValue();
			if (method.getKey().equals("delete") && path.getKey().equals("/api/v1/me")) {
				return; // deleting the caller's account would delete the demo accounts the fuzzer signs in with
			}
			operations.add(new Operation(method.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
					operation.path("parameters"), operation.path("requestBody").path("content")));
		}));
		return operations;
	}

	private List<String> tokens() throws Exception {
		forgetFailedSignIns();
		List<String> tokens = new ArrayList<>();
		for (String account : List.of(DemoAccounts.RESIDENT, DemoAccounts.MODERATOR, DemoAccounts.OFFICIAL,
				DemoAccounts.ADMIN)) {
			HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
					+ "/api/v1/auth/token")).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + account + "\",\"password\":\""
						+ DemoAccounts.PASSWORD + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as("sign-in of " + account + ": " + answer.body()).isEqualTo(200);
			tokens.add("Bearer " + json.readTree(answer.body()).path("token").asString());
		}
		return tokens;
	}

	/**
	 * A request line longer than Tomcat's header limit (8 KiB) is answered 400 and the connection
	 * closed at once; while the client is still sending a body, the reset that closing causes can
	 * swallow that answer. Only such requests may end without one.
	 */
	private static boolean refusedAtTheConnection(HttpRequest request) {
		return request.uri().toString().length() > 8 * 1024
				&& request.bodyPublisher().map(body -> body.contentLength() != 0).orElse(false);
	}

	/** The row counts of the tables requests write synchronously, in one number. */
	private long fingerprint() {
		String sql = "select " + String.join(" + ", WRITTEN_TABLES.stream()
			.map(table -> "(select count(*) from " + table + ")")
			.toList());
		return jdbc.sql(sql).query(Long.class).single();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String abbreviated(String text) {
		String flat = text.replaceAll("[\\p{Cntrl}]", "?");
		return flat.length() > 200 ? flat.substring(0, 200) + "…(" + flat.length() + ")" : flat;
	}

	private static byte[] concat(byte[]... parts) {
		int size = 0;
		for (byte[] part : parts) {
			size += part.length;
		}
		byte[] all = new byte[size];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}

	private record Operation(String method, String path, JsonNode parameters, JsonNode body) {
	}

	private record Attempt(HttpRequest request, String description) {
	}

}
