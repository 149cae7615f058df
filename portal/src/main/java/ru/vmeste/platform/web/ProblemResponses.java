package ru.vmeste.platform.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * Documents the errors every API operation may answer, as the portal answers them: RFC 9457
 * {@code application/problem+json} ({@code Problem}, with {@code errors[]} for validation).
 * 400 where a call takes parameters or a body, 401 (no or a bad token), 403, 404 where the path
 * names something, 409, 413 and 415 for writes (a state that forbids the change, an upload too
 * large, a body of another type), 429 for writes over the rate limit. An operation that
 * documents a status itself keeps its own.
 */
@Component
class ProblemResponses implements OpenApiCustomizer {

	static final String PROBLEM = "Problem";

	private static final String PROBLEM_JSON = "application/problem+json";

	private static final Map<String, String> REASONS = Map.of("400", "Bad request: the problem lists the fields in errors",
			"401", "No or an invalid bearer token", "403", "The caller may not do this", "404", "Not found",
			"409", "The current state does not allow it", "413", "The upload is too large", "415",
			"The body is of a type the call does not take", "429", "Too many writes: try again later");

	@Override
	public void customise(OpenAPI openApi) {
		Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
		components.addSchemas(PROBLEM, problem());
		REASONS.forEach((status, reason) -> components.addResponses(name(status), new ApiResponse().description(reason)
			.content(new Content().addMediaType(PROBLEM_JSON,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
		openApi.setComponents(components);
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
			boolean takesInput = operation.getRequestBody() != null
					|| operation.getParameters() != null && !operation.getParameters().isEmpty();
			add(operation, "400", takesInput);
			add(operation, "401", true);
			add(operation, "403", true);
			add(operation, "404", path.contains("{"));
			add(operation, "409", write);
			add(operation, "413", write && multipart(operation));
			add(operation, "415", write && operation.getRequestBody() != null);
			add(operation, "429", write);
		}));
	}

	private static boolean multipart(Operation operation) {
		return operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
				&& operation.getRequestBody().getContent().containsKey("multipart/form-data");
	}

	private static void add(Operation operation, String status, boolean applies) {
		if (!applies) {
			return;
		}
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		if (!responses.containsKey(status)) {
			responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + name(status)));
		}
		operation.setResponses(responses);
	}

	private static String name(String status) {
		return "Problem" + status;
	}

	/** RFC 9457's members as the portal fills them, and the validation errors. */
	private static Schema<?> problem() {
		Schema<?> field = new StringSchema().description("the input's name; null when the request as a whole is refused");
		field.addType("null");
		Schema<?> error = new ObjectSchema().addProperty("field", field)
			.addProperty("message", new StringSchema().description("what is wrong with it, in the caller's language"))
			.required(List.of("field", "message"));
		return new ObjectSchema().description("An error as RFC 9457 problem details")
			.addProperty("type", new StringSchema().format("uri").description("the problem type; about:blank when none"))
			.addProperty("title", new StringSchema().description("the HTTP status in words, in the caller's language"))
			.addProperty("status", new IntegerSchema().description("the HTTP status"))
			.addProperty("detail", new StringSchema().description("what happened, in the caller's language"))
			.addProperty("instance", new StringSchema().format("uri-reference").description("the path called"))
			.addProperty("errors", new ArraySchema().items(error).description("the inputs refused; every 400 has at least one"))
			.required(List.of("title", "status"));
	}

}
