package ru.vmeste.objects.internal;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ru.vmeste.objects.internal.ImportColumns.Role;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.geo.GeoJson;

/**
 * Reads objects from an RFC 7946 FeatureCollection, streaming: one feature is parsed at a time.
 * Properties use the same names as CSV columns; a feature's {@code id} is its external id.
 */
final class GeoJsonImportReader implements ImportReader {

	private final JsonParser parser;

	private int count;

	GeoJsonImportReader(InputStream in, JsonMapper json) {
		this.parser = json.createParser(in);
		try {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw refusal();
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if ("features".equals(name) && value == JsonToken.START_ARRAY) {
					return;
				}
				parser.skipChildren();
			}
			throw refusal();
		}
		catch (JacksonException ex) {
			throw broken(ex);
		}
	}

	@Override
	public @Nullable ImportRow next() {
		try {
			JsonToken token = parser.nextToken();
			if (token == JsonToken.END_ARRAY || token == null) {
				return null;
			}
			int line = parser.currentTokenLocation().getLineNr();
			if (token != JsonToken.START_OBJECT) {
				throw new ImportRefusal(line, "objects.import.not-a-feature");
			}
			JsonNode feature = parser.readValueAsTree();
			count++;
			return new ImportRow(line, count, raw(feature), List.of());
		}
		catch (JacksonException ex) {
			throw broken(ex);
		}
	}

	private static RawObject raw(JsonNode feature) {
		Map<Role, String> fields = new HashMap<>();
		Map<String, String> attributes = new HashMap<>();
		JsonNode properties = feature.path("properties");
		for (Map.Entry<String, JsonNode> property : properties.properties()) {
			String value = text(property.getValue());
			Role role = ImportColumns.role(property.getKey());
			if (role == Role.ATTRIBUTE) {
				attributes.put(ImportColumns.normalized(property.getKey()), value);
			}
			else if (role != Role.IGNORED && role != Role.LAT && role != Role.LON && role != Role.GEOMETRY) {
				fields.put(role, value);
			}
		}
		JsonNode id = feature.get("id");
		String externalId = id != null && !id.isNull() ? text(id) : fields.get(Role.EXTERNAL_ID);
		JsonNode geometry = feature.get("geometry");
		return new RawObject(externalId, fields.getOrDefault(Role.NAME, ""), fields.getOrDefault(Role.NAME_EN, ""),
				fields.getOrDefault(Role.ADDRESS, ""), () -> {
					if (geometry == null || geometry.isNull()) {
						throw DomainException.invalid("objects.problem.geometry-missing");
					}
					return GeoJson.read(geometry);
				}, fields.getOrDefault(Role.OWNER, ""), fields.getOrDefault(Role.STATUS, ""), attributes);
	}

	private static String text(JsonNode value) {
		return value.isNull() ? "" : value.isValueNode() ? value.asString() : value.toString();
	}

	private ImportRefusal refusal() {
		return new ImportRefusal(parser.currentTokenLocation().getLineNr(), "objects.import.not-a-feature-collection");
	}

	private ImportRefusal broken(JacksonException ex) {
		return new ImportRefusal(ex.getLocation() == null ? 1 : ex.getLocation().getLineNr(), "objects.import.broken-json");
	}

}
