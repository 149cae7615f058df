package ru.vmeste.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON value against a schema of an OpenAPI 3.1 document (the JSON Schema subset
 * springdoc writes: {@code $ref} to components, {@code type} — also as a list with
 * {@code "null"} —, {@code properties}, {@code required}, {@code additionalProperties},
 * {@code items}, {@code enum}, {@code oneOf}/{@code anyOf}/{@code allOf}, the formats
 * {@code uuid}, {@code date-time}, {@code date}, {@code int32}/{@code int64}). Answers what
 * does not match, each with its JSON path; nothing when the value matches.
 */
public final class OpenApiSchemas {

	private static final Pattern DATE_TIME = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private final JsonNode document;

	public OpenApiSchemas(JsonNode document) {
		this.document = document;
	}

	public List<String> check(JsonNode value, JsonNode schema) {
		List<String> problems = new ArrayList<>();
		check(value, schema, "$", problems, 0);
		return problems;
	}

	private void check(JsonNode value, JsonNode schema, String path, List<String> problems, int depth) {
		if (depth > 40 || schema == null || schema.isMissingNode() || schema.isEmpty()) {
			return;
		}
		if (schema.has("$ref")) {
			check(value, resolve(schema.get("$ref").asString()), path, problems, depth + 1);
			return;
		}
		if (schema.has("allOf")) {
			schema.get("allOf").forEach(part -> check(value, part, path, problems, depth + 1));
		}
		for (String choice : List.of("oneOf", "anyOf")) {
			if (schema.has(choice)) {
				boolean any = false;
				for (JsonNode option : schema.get(choice)) {
					List<String> attempt = new ArrayList<>();
					check(value, option, path, attempt, depth + 1);
					any |= attempt.isEmpty();
				}
				if (!any) {
					problems.add(path + ": matches none of " + choice);
				}
			}
		}
		if (value.isNull()) {
			if (!allowsNull(schema)) {
				problems.add(path + ": null where " + types(schema) + " is documented");
			}
			return;
		}
		Set<String> types = types(schema);
		if (!types.isEmpty() && types.stream().noneMatch(type -> is(value, type))) {
			problems.add(path + ": " + kind(value) + " where " + types + " is documented");
			return;
		}
		if (schema.has("enum")) {
			boolean listed = false;
			for (JsonNode allowed : schema.get("enum")) {
				listed |= allowed.equals(value);
			}
			if (!listed) {
				problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
			}
		}
		if (value.isString() && schema.has("format")) {
			format(value.asString(), schema.get("format").asString(), path, problems);
		}
		if (value.isObject()) {
			JsonNode properties = schema.path("properties");
			for (JsonNode required : schema.path("required")) {
				if (!value.has(required.asString())) {
					problems.add(path + ": the required " + required.asString() + " is missing");
				}
			}
			for (String name : value.propertyNames()) {
				if (properties.has(name)) {
					check(value.get(name), properties.get(name), path + "." + name, problems, depth + 1);
				}
				else if (schema.has("additionalProperties") && schema.get("additionalProperties").isObject()) {
					check(value.get(name), schema.get("additionalProperties"), path + "." + name, problems, depth + 1);
				}
				else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()
						|| !properties.isEmpty() && !schema.has("additionalProperties")) {
					problems.add(path + ": " + name + " is not documented");
				}
			}
		}
		if (value.isArray() && schema.has("items")) {
			int index = 0;
			for (JsonNode item : value) {
				check(item, schema.get("items"), path + "[" + index++ + "]", problems, depth + 1);
			}
		}
	}

	public JsonNode resolve(String ref) {
		if (!ref.startsWith("#/")) {
			throw new IllegalArgumentException("Only local references are expected: " + ref);
		}
		JsonNode node = document;
		for (String part : ref.substring(2).split("/")) {
			node = node.path(part.replace("~1", "/").replace("~0", "~"));
		}
		if (node.isMissingNode()) {
			throw new AssertionError("Unresolved reference " + ref);
		}
		return node;
	}

	private static void format(String text, String format, String path, List<String> problems) {
		boolean ok = switch (format) {
			case "uuid" -> {
				try {
					UUID.fromString(text);
					yield text.length() == 36;
				}
				catch (IllegalArgumentException ex) {
					yield false;
				}
			}
			case "date-time" -> DATE_TIME.matcher(text).matches();
			case "date" -> DATE.matcher(text).matches();
			default -> true;
		};
		if (!ok) {
			problems.add(path + ": \"" + text + "\" is no " + format);
		}
	}

	private boolean allowsNull(JsonNode schema) {
		if (schema.has("$ref")) {
			return allowsNull(resolve(schema.get("$ref").asString()));
		}
		if (schema.path("nullable").asBoolean(false) || types(schema).contains("null")) {
			return true;
		}
		for (String choice : List.of("oneOf", "anyOf")) {
			for (JsonNode option : schema.path(choice)) {
				if (allowsNull(option)) {
					return true;
				}
			}
		}
		// a property without a type (any value) takes null too
		return types(schema).isEmpty() && !schema.has("oneOf") && !schema.has("anyOf") && !schema.has("allOf");
	}

	private static Set<String> types(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isString()) {
			return Set.of(type.asString());
		}
		Set<String> types = new java.util.LinkedHashSet<>();
		type.forEach(each -> types.add(each.asString()));
		return types;
	}

	private static boolean is(JsonNode value, String type) {
		return switch (type) {
			case "object" -> value.isObject();
			case "array" -> value.isArray();
			case "string" -> value.isString();
			case "integer" -> value.isIntegralNumber();
			case "number" -> value.isNumber();
			case "boolean" -> value.isBoolean();
			case "null" -> value.isNull();
			default -> true;
		};
	}

	private static String kind(JsonNode value) {
		return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
	}

}
