package ru.vmeste.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import ru.vmeste.reports.Reporting;
import ru.vmeste.reports.Topics;
import ru.vmeste.reports.Workspace;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.ExifJpeg;
import ru.vmeste.support.OpenApiContract;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document says what the API answers: every operation is called — reads by
 * everyone (anonymous, a new resident and each demo role) with the demo's real ids, writes
 * anonymously, by a new resident and by the administrator with empty bodies and unknown ids (so
 * they change nothing) — and each answer's status must be one the operation documents, its
 * content type one documented for that status and its JSON body valid against the documented
 * schema. The document is also written to {@code target/openapi/api-docs.json}, which the build
 * lints with {@code @redocly/cli} right after the tests ({@code src/build/lint-openapi.sh}).
 */
@PortalTest
class OpenApiContractTests {

	private static final Path DOCUMENT = Path.of("target", "openapi", "api-docs.json");

	private static final Path COMMITTED = Path.of("..", "docs", "openapi.json");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Topics topics;

	final JsonMapper json = JsonMapper.builder().build();

	OpenApiContract contract;

	JsonNode document;

	final Map<String, String> realIds = new HashMap<>();

	@BeforeEach
	void readTheDocument() throws IOException {
		contract = new OpenApiContract(mvc);
		document = contract.document();
		Files.createDirectories(DOCUMENT.getParent());
		Files.writeString(DOCUMENT, json.writerWithDefaultPrettyPrinter().writeValueAsString(document),
				StandardCharsets.UTF_8);
	}

	/**
	 * docs/openapi.json is what the build generates its client from (ApiClientRoundTripTests)
	 * and what the mobile app's developers read: it must be the document the portal serves.
	 */
	@Test
	void theCommittedDocumentIsTheServedOne() throws IOException {
		JsonNode committed = json.readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8));
		assertThat(withSortedTags(committed))
			.as("docs/openapi.json is out of date: cp portal/%s docs/openapi.json and commit it", DOCUMENT)
			.isEqualTo(withSortedTags(document));
	}

	/** The tags' order follows the order controllers were found in; it carries no meaning. */
	private JsonNode withSortedTags(JsonNode document) {
		tools.jackson.databind.node.ObjectNode copy = ((tools.jackson.databind.node.ObjectNode) document).deepCopy();
		List<JsonNode> tags = new ArrayList<>();
		document.path("tags").forEach(tags::add);
		tags.sort(java.util.Comparator.comparing(tag -> tag.path("name").asString()));
		copy.putArray("tags").addAll(tags);
		return copy;
	}

	@Test
	void theDocumentDescribesTheApiWithConcreteContentTypesAndProblemsForErrors() {
		assertThat(document.path("components").path("schemas").path("Problem").path("properties").propertyNames())
			.contains("type", "title", "status", "detail", "instance", "errors");
		List<String> vague = new ArrayList<>();
		operations((path, method, operation) -> {
			operation.path("responses").properties().forEach(response -> {
				JsonNode content = resolve(response.getValue()).path("content");
				if (content.has("*/*")) {
					vague.add(method + " " + path + " " + response.getKey());
				}
				if (response.getKey().startsWith("4") && !content.has("application/problem+json")) {
					vague.add(method + " " + path + " " + response.getKey() + " is no problem+json");
				}
			});
			assertThat(operation.path("responses").propertyNames()).as("%s %s documents its errors", method, path)
				.contains("401");
		});
		assertThat(vague).as("responses without a concrete content type").isEmpty();
	}

	@Test
	void everyOperationAnswersOnlyDocumentedStatusesWithDocumentedBodies() {
		Map<String, String> readers = new LinkedHashMap<>();
		readers.put("anonymous", null);
		readers.put("a new resident", DemoAccounts.newResident(mvc, DemoAccounts.uniqueEmail()));
		readers.put("the resident", DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT));
		readers.put("the moderator", DemoAccounts.bearer(mvc, DemoAccounts.MODERATOR));
		readers.put("the official", DemoAccounts.bearer(mvc, DemoAccounts.OFFICIAL));
		readers.put("the administrator", DemoAccounts.bearer(mvc, DemoAccounts.ADMIN));
		Map<String, String> writers = new LinkedHashMap<>();
		writers.put("anonymous", null);
		writers.put("a new resident", readers.get("a new resident"));
		writers.put("the administrator", readers.get("the administrator"));
		List<String> mismatches = new ArrayList<>();
		int[] calls = { 0 };
		operations((path, method, operation) -> {
			boolean read = "get".equals(method);
			(read ? readers : writers).forEach((caller, bearer) -> {
				MvcTestResult result = call(path, method, operation, bearer, read);
				calls[0]++;
				for (String problem : mismatches(operation, result)) {
					mismatches.add(method.toUpperCase() + " " + path + " as " + caller + " → "
							+ result.getResponse().getStatus() + ": " + problem);
				}
			});
		});
		assertThat(calls[0]).isGreaterThan(200);
		assertThat(mismatches).as("answers the document does not describe").isEmpty();
	}

	@Test
	void creationsAndDecisionsAnswerTheirDocumentedSuccess() {
		List<String> mismatches = new ArrayList<>();
		String email = DemoAccounts.uniqueEmail();
		MvcTestResult registered = mvc.post().uri("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"" + email + "\",\"password\":\"contract-pass-1\",\"name\":\"Contract\"}")
			.exchange();
		expect(mismatches, "post", "/api/v1/auth/register", registered, 201);
		expect(mismatches, "post", "/api/v1/auth/token", mvc.post().uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"" + DemoAccounts.RESIDENT + "\",\"password\":\"" + DemoAccounts.PASSWORD + "\"}")
			.exchange(), 200);

		String resident = DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT);
		MvcTestResult created = Reporting.submit(mvc, resident, Reporting.topicId(topics, "pothole"),
				Reporting.somewhereInTheCentre(), "Яма для проверки документа OpenAPI");
		expect(mismatches, "post", "/api/v1/appeals", created, 201);
		String appeal = json.readTree(Reporting.body(created)).path("id").asString();
		expect(mismatches, "post", "/api/v1/appeals/{id}/photos", mvc.post().uri("/api/v1/appeals/{id}/photos", appeal)
			.multipart()
			.file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", ExifJpeg.withGps(64, 48, 1)))
			.header("Authorization", resident)
			.exchange(), 201);
		expect(mismatches, "post", "/api/v1/moderation/appeals/{id}/decision",
				Reporting.decide(mvc, DemoAccounts.bearer(mvc, DemoAccounts.MODERATOR), appeal, "{\"decision\":\"PUBLISH\"}"),
				200);
		Reporting.awaitRouted(mvc, appeal);
		expect(mismatches, "get", "/api/v1/appeals/{id}", mvc.get().uri("/api/v1/appeals/{id}", appeal).exchange(), 200);
		Workspace workspace = new Workspace(mvc);
		expect(mismatches, "post", "/api/v1/appeals/{id}/answer",
				workspace.answer(DemoAccounts.bearer(mvc, DemoAccounts.OFFICIAL), appeal, "Заделали"), 201);
		expect(mismatches, "post", "/api/v1/appeals/{id}/rating", workspace.rate(resident, appeal, 5, true, "Спасибо"),
				201);
		expect(mismatches, "get", "/api/v1/me", mvc.get().uri("/api/v1/me").header("Authorization", resident).exchange(),
				200);
		assertThat(mismatches).as("answers the document does not describe").isEmpty();
	}

	@Test
	void listsRefuseAFilterTheyCannotHonourAndIdsArePlainUuids() {
		for (String status : List.of("HELD", "MODERATION", "REJECTED", "MERGED")) {
			MvcTestResult refused = mvc.get().uri("/api/v1/appeals?status={status}", status).exchange();
			assertThat(refused).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(Reporting.body(refused)).contains(status);
		}
		assertThat(mvc.get().uri("/api/v1/appeals?status=ROUTED")).hasStatusOk();
		MvcTestResult map = mvc.get().uri("/api/v1/appeals/map?bbox=56.10,57.95,56.40,58.10&zoom=12").exchange();
		assertThat(map).hasStatusOk();
		assertThat(contract.mismatches("get", "/api/v1/appeals/map", map)).isEmpty();
		assertThat(Reporting.body(map)).isEqualTo(
				Reporting.body(mvc.get().uri("/api/v1/appeals?bbox=56.10,57.95,56.40,58.10&zoom=12").exchange()));

		MvcTestResult misrouting = mvc.get().uri("/api/v1/routing/misrouting/organizations")
			.header("Authorization", DemoAccounts.bearer(mvc, DemoAccounts.ADMIN))
			.exchange();
		assertThat(misrouting).hasStatusOk();
		for (JsonNode item : json.readTree(Reporting.body(misrouting)).path("items")) {
			assertThat(item.path("organization").isString()).as("a plain UUID: %s", item).isTrue();
		}
		assertThat(contract.mismatches("get", "/api/v1/routing/misrouting/organizations", misrouting)).isEmpty();
	}

	@Test
	void every400IsAProblemThatListsTheRefusedInputs() {
		String resident = DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT);
		String moderator = DemoAccounts.bearer(mvc, DemoAccounts.MODERATOR);
		Map<String, MvcTestResult> refused = new LinkedHashMap<>();
		refused.put("size", mvc.get().uri("/api/v1/appeals?size=201").exchange());
		refused.put("page", mvc.get().uri("/api/v1/appeals?page=-1").exchange());
		refused.put("lat", mvc.get().uri("/api/v1/districts/locate?lon=56.24").exchange());
		refused.put("decision", mvc.post().uri("/api/v1/moderation/appeals/{id}/decision", UUID.randomUUID())
			.header("Authorization", moderator)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"MAYBE\"}")
			.exchange());
		refused.put("topicId", mvc.post().uri("/api/v1/appeals").header("Authorization", resident)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"topicId\":\"not-a-uuid\",\"lat\":58.01,\"lon\":56.24,\"text\":\"Яма\"}")
			.exchange());
		refused.put("topicId ", mvc.get().uri("/api/v1/appeals?topicId=not-a-uuid").exchange());
		refused.put("", mvc.post().uri("/api/v1/appeals").header("Authorization", resident)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{not json")
			.exchange());
		refused.forEach((field, result) -> {
			assertThat(result).as(field).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
			JsonNode errors = json.readTree(Reporting.body(result)).path("errors");
			assertThat(errors.isArray() && !errors.isEmpty()).as("errors[] of %s: %s", field, Reporting.body(result))
				.isTrue();
			if (!field.isBlank()) {
				assertThat(errors.get(0).path("field").asString()).isEqualTo(field.strip());
			}
			else {
				assertThat(errors.get(0).path("message").asString()).isNotBlank();
			}
		});
	}

	private void expect(List<String> mismatches, String method, String path, MvcTestResult result, int status) {
		if (result.getResponse().getStatus() != status) {
			mismatches.add(method + " " + path + " answered " + result.getResponse().getStatus() + ", not " + status + ": "
					+ Reporting.body(result));
		}
		JsonNode operation = contract.operation(method, path);
		if (!operation.path("responses").has(Integer.toString(status))) {
			mismatches.add(method + " " + path + " does not document its " + status + " (documents "
					+ List.copyOf(operation.path("responses").propertyNames()) + ")");
		}
		contract.mismatches(operation, result).forEach(problem -> mismatches.add(method + " " + path + ": " + problem));
	}

	private List<String> mismatches(JsonNode operation, MvcTestResult result) {
		return contract.mismatches(operation, result);
	}

	private MvcTestResult call(String path, String method, JsonNode operation, @Nullable String bearer, boolean read) {
		Map<String, String> pathValues = new HashMap<>();
		MultiValue query = new MultiValue();
		Map<String, String> headers = new HashMap<>();
		for (JsonNode parameter : operation.path("parameters")) {
			parameter = resolve(parameter);
			String name = parameter.path("name").asString();
			String in = parameter.path("in").asString();
			JsonNode schema = resolve(parameter.path("schema"));
			switch (in) {
				case "path" -> pathValues.put(name,
						read && "id".equals(name) ? realId(path.substring(0, path.indexOf("/{id}"))) : value(name, schema));
				case "query" -> {
					if (parameter.path("required").asBoolean(false) || schema.has("enum")) {
						query.add(name, value(name, schema));
					}
				}
				case "header" -> {
					if (parameter.path("required").asBoolean(false)) {
						headers.put(name, value(name, schema));
					}
				}
				default -> {
				}
			}
		}
		String uri = path;
		for (Map.Entry<String, String> entry : pathValues.entrySet()) {
			uri = uri.replace("{" + entry.getKey() + "}", entry.getValue());
		}
		JsonNode body = operation.path("requestBody").path("content");
		AbstractMockHttpServletRequestBuilder<?> request;
		if (body.has("multipart/form-data") && !body.has("application/json")) {
			request = MockMvcRequestBuilders.multipart(HttpMethod.valueOf(method.toUpperCase()), uri);
		}
		else {
			request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method.toUpperCase()), uri);
			if (!body.isMissingNode()) {
				request = request.contentType(MediaType.APPLICATION_JSON).content("{}");
			}
		}
		for (Map.Entry<String, List<String>> entry : query.values.entrySet()) {
			request = request.queryParam(entry.getKey(), entry.getValue().toArray(String[]::new));
		}
		headers.forEach(request::header);
		if (bearer != null) {
			request = request.header("Authorization", bearer);
		}
		return mvc.perform(request);
	}

	/** An id the list of the path's collection answers (the demo's data), or a random one. */
	private String realId(String collection) {
		return realIds.computeIfAbsent(collection, list -> {
			MvcTestResult result = mvc.get().uri(list).header("Authorization", DemoAccounts.bearer(mvc, DemoAccounts.ADMIN))
				.exchange();
			if (result.getResponse().getStatus() == 200) {
				JsonNode answer = json.readTree(Reporting.body(result));
				for (JsonNode candidate : List.of(answer.path("items").path(0).path("id"), answer.path(0).path("id"),
						answer.path("features").path(0).path("id"),
						answer.path("features").path(0).path("properties").path("id"))) {
					if (candidate.isString() || candidate.isNumber()) {
						return candidate.asString();
					}
				}
			}
			return UUID.randomUUID().toString();
		});
	}

	/** A plausible value for a parameter: the first of an enum, a point in the demo city, today. */
	private static String value(String name, JsonNode schema) {
		if (schema.has("enum")) {
			return schema.get("enum").get(0).asString();
		}
		String format = schema.path("format").asString("");
		String type = schema.path("type").isString() ? schema.path("type").asString() : "string";
		return switch (name) {
			case "lat" -> "58.0106";
			case "lon" -> "56.2420";
			case "bbox" -> "56.10,57.95,56.40,58.10";
			case "zoom" -> "14";
			case "q", "text", "query" -> "Ленина";
			default -> switch (format) {
				case "uuid" -> UUID.randomUUID().toString();
				case "date" -> LocalDate.now().toString();
				case "date-time" -> OffsetDateTime.now().withNano(0).toString();
				default -> switch (type) {
					case "integer" -> schema.has("minimum") ? schema.get("minimum").asString() : "0";
					case "number" -> "1";
					case "boolean" -> "true";
					default -> "x";
				};
			};
		};
	}

	private JsonNode resolve(JsonNode node) {
		return contract.resolve(node);
	}

	private void operations(OperationCheck check) {
		document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
			if (List.of("get", "post", "put", "delete", "patch").contains(entry.getKey())) {
				check.check(path.getKey(), entry.getKey(), entry.getValue());
			}
		}));
	}

	@FunctionalInterface
	private interface OperationCheck {

		void check(String path, String method, JsonNode operation);

	}

	private static final class MultiValue {

		final Map<String, List<String>> values = new LinkedHashMap<>();

		void add(String name, String value) {
			values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
		}

	}

}
