package ru.vmeste.support;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ru.vmeste.reports.Reporting;

/**
 * The portal's OpenAPI document ({@code /v3/api-docs}) as a contract tests hold answers to: the
 * answered status must be documented for the operation, the content type documented for that
 * status, and a JSON body valid against its schema ({@link OpenApiSchemas}).
 */
public final class OpenApiContract {

	private final JsonMapper json = JsonMapper.builder().build();

	private final JsonNode document;

	private final OpenApiSchemas schemas;

	public OpenApiContract(MockMvcTester mvc) {
		this.document = json.readTree(Reporting.body(mvc.get().uri("/v3/api-docs").exchange()));
		this.schemas = new OpenApiSchemas(document);
	}

	public JsonNode document() {
		return document;
	}

	/** The operation of the path template (as the document writes it) and method (lower case). */
	public JsonNode operation(String method, String path) {
		JsonNode operation = document.path("paths").path(path).path(method);
		if (operation.isMissingNode()) {
			throw new AssertionError("The OpenAPI document has no " + method + " " + path);
		}
		return operation;
	}

	/** What in the answer the operation does not document; nothing when it conforms. */
	public List<String> mismatches(String method, String path, MvcTestResult result) {
		return mismatches(operation(method, path), result);
	}

	public List<String> mismatches(JsonNode operation, MvcTestResult result) {
		int status = result.getResponse().getStatus();
		JsonNode responses = operation.path("responses");
		JsonNode documented = responses.has(Integer.toString(status)) ? responses.get(Integer.toString(status))
				: responses.get("default");
		if (documented == null) {
			return List.of("undocumented status (documents " + List.copyOf(responses.propertyNames()) + ")");
		}
		documented = resolve(documented);
		byte[] body = result.getResponse().getContentAsByteArray();
		if (body.length == 0) {
			return List.of();
		}
		String type = result.getResponse().getContentType();
		JsonNode content = documented.path("content");
		if (content.isEmpty()) {
			return List.of("a body of " + type + " where the document describes none");
		}
		MediaType answered = MediaType.parseMediaType(String.valueOf(type));
		JsonNode media = null;
		for (String name : content.propertyNames()) {
			if (MediaType.parseMediaType(name).includes(answered)) {
				media = content.get(name);
				break;
			}
		}
		if (media == null) {
			return List.of("content type " + type + " where the document says " + List.copyOf(content.propertyNames()));
		}
		boolean isJson = "json".equals(answered.getSubtype()) || answered.getSubtype().endsWith("+json");
		if (!isJson || !media.has("schema")) {
			return List.of();
		}
		return schemas.check(json.readTree(body), media.get("schema")).stream().limit(5).toList();
	}

	public JsonNode resolve(JsonNode node) {
		return node.has("$ref") ? schemas.resolve(node.get("$ref").asString()) : node;
	}

}
