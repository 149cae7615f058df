package ru.vmeste.platform.web;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Schemas of answers the API writes as streams rather than from Java types, for operations to
 * refer to ({@code @Schema(ref = "#/components/schemas/…")}): RFC 7946 GeoJSON ({@code GeoJsonGeometry},
 * {@code GeoJsonFeature}, {@code GeoJsonFeatureCollection}) and a vote's {@code AuditBundle}; Jackson's
 * {@code JsonNode} is any JSON (a geometry where a field holds one), and files keep their own types.
 */
@Component
class DocumentSchemas implements OpenApiCustomizer {

	static final String FEATURE_COLLECTION = "#/components/schemas/GeoJsonFeatureCollection";

	static final String FEATURE = "#/components/schemas/GeoJsonFeature";

	static final String AUDIT_BUNDLE = "#/components/schemas/AuditBundle";

	DocumentSchemas() {
		SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class, new Schema<>().description("any JSON value"));
	}

	@Override
	public void customise(OpenAPI openApi) {
		Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
		components.addSchemas("GeoJsonGeometry", geometry());
		components.addSchemas("GeoJsonFeature", feature());
		components.addSchemas("GeoJsonFeatureCollection",
				new ObjectSchema().description("An RFC 7946 FeatureCollection")
					.addProperty("type", constant("FeatureCollection"))
					.addProperty("features", new ArraySchema().items(ref("GeoJsonFeature")))
					.addProperty("truncated", new BooleanSchema().description("more features matched than were sent"))
					.required(List.of("type", "features")));
		components.addSchemas("LocalizedText", new ObjectSchema().addProperty("ru", new StringSchema())
			.addProperty("en", new StringSchema())
			.required(List.of("ru", "en")));
		components.addSchemas("AuditBundle", auditBundle());
		openApi.setComponents(components);
		if (openApi.getPaths() != null) {
			openApi.getPaths().forEach((path, item) -> item.readOperations()
				.forEach(operation -> binaryTypes(path, operation)));
		}
	}

	/**
	 * Files are served with their own type, never as JSON: photos and images as {@code image/*},
	 * documents and attachments as what they are (images, PDF, other files).
	 */
	private static void binaryTypes(String path, Operation operation) {
		if (operation.getResponses() == null) {
			return;
		}
		operation.getResponses().values().forEach(response -> {
			Content content = response.getContent();
			MediaType json = content == null ? null : content.get("application/json");
			if (json == null || json.getSchema() == null || !"binary".equals(json.getSchema().getFormat())) {
				return;
			}
			content.remove("application/json");
			Schema<?> file = json.getSchema();
			if (path.contains("photo") || path.contains("image")) {
				content.addMediaType("image/*", new MediaType().schema(file));
			}
			else {
				content.addMediaType("application/pdf", new MediaType().schema(file));
				content.addMediaType("image/*", new MediaType().schema(file));
				content.addMediaType("application/octet-stream", new MediaType().schema(file));
			}
		});
	}

	private static Schema<?> geometry() {
		Schema<?> type = new StringSchema()._enum(List.of("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon",
				"MultiPolygon", "GeometryCollection"));
		return new ObjectSchema().description("An RFC 7946 geometry; coordinates are [lon, lat] positions, nested by type")
			.addProperty("type", type)
			.addProperty("coordinates", new ArraySchema().items(new Schema<>()))
			.addProperty("geometries", new ArraySchema().items(ref("GeoJsonGeometry")))
			.required(List.of("type"));
	}

	private static Schema<?> feature() {
		Schema<?> properties = new ObjectSchema().description("the feature's facts; clusters have cluster=true and count");
		properties.setAdditionalProperties(true);
		properties.addType("null");
		Schema<?> id = new Schema<>();
		id.addType("string");
		id.addType("number");
		return new ObjectSchema().description("An RFC 7946 Feature")
			.addProperty("type", constant("Feature"))
			.addProperty("id", id)
			.addProperty("geometry", new Schema<>().anyOf(List.of(ref("GeoJsonGeometry"), nullSchema())))
			.addProperty("properties", properties)
			.required(List.of("type", "geometry", "properties"));
	}

	/** What {@code /api/v1/votes/{id}/audit-bundle} streams (docs/voting.md, "Audit bundle"). */
	private static Schema<?> auditBundle() {
		Schema<?> hexList = new ArraySchema().items(new StringSchema().description("lowercase hex SHA-256"));
		Schema<?> option = new ObjectSchema().addProperty("id", new StringSchema().format("uuid"))
			.addProperty("position", new IntegerSchema())
			.addProperty("title", ref("LocalizedText"))
			.addProperty("cost", nullableInteger());
		Schema<?> vote = new ObjectSchema().addProperty("id", new StringSchema().format("uuid"))
			.addProperty("title", ref("LocalizedText"))
			.addProperty("kind", new StringSchema())
			.addProperty("status", new StringSchema())
			.addProperty("opensAt", new StringSchema().format("date-time"))
			.addProperty("closesAt", new StringSchema().format("date-time"))
			.addProperty("ballotRule", new StringSchema())
			.addProperty("maxChoices", nullableInteger())
			.addProperty("budget", nullableInteger())
			.addProperty("counting", new StringSchema())
			.addProperty("options", new ArraySchema().items(option));
		Schema<?> head = new ObjectSchema().addProperty("treeSize", new IntegerSchema().format("int64"))
			.addProperty("rootHash", new StringSchema())
			.addProperty("timestamp", new StringSchema().format("date-time"))
			.addProperty("signature", new StringSchema().description("base64 Ed25519 signature"))
			.addProperty("final", new BooleanSchema())
			.addProperty("consistencyProof", hexList);
		Schema<?> total = new ObjectSchema().addProperty("optionId", new StringSchema().format("uuid"))
			.addProperty("count", new IntegerSchema().format("int64"));
		Schema<?> tally = new ObjectSchema().addProperty("ballots", new IntegerSchema().format("int64"))
			.addProperty("eligible", nullableInteger())
			.addProperty("totals", new ArraySchema().items(total))
			.addProperty("selected", new ArraySchema().items(new StringSchema().format("uuid")));
		Schema<?> participation = new ObjectSchema().addProperty("eligible", new IntegerSchema().format("int64"))
			.addProperty("voted", new IntegerSchema().format("int64"))
			.addProperty("pseudonyms", hexList);
		return new ObjectSchema().description("A closed vote's whole ledger, signed heads, public key and tally; the "
				+ "verifier (verifier/) recomputes the root, checks the signatures and recounts")
			.addProperty("format", new StringSchema())
			.addProperty("vote", vote)
			.addProperty("publicKey", new StringSchema().description("base64 X.509 Ed25519 public key"))
			.addProperty("signedHeads", new ArraySchema().items(head))
			.addProperty("tally", tally)
			.addProperty("participation", participation)
			.addProperty("leaves", new ArraySchema().items(new StringSchema().description("base64 leaf data")))
			.required(List.of("format", "vote", "publicKey", "signedHeads", "tally", "participation", "leaves"));
	}

	private static Schema<?> nullableInteger() {
		Schema<?> number = new NumberSchema();
		number.addType("null");
		return number;
	}

	private static Schema<?> constant(String value) {
		return new StringSchema()._enum(List.of(value));
	}

	private static Schema<?> ref(String name) {
		return new Schema<>().$ref("#/components/schemas/" + name);
	}

	private static Schema<?> nullSchema() {
		Schema<?> none = new Schema<>();
		none.addType("null");
		return none;
	}

}
