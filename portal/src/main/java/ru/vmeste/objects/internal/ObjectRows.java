package ru.vmeste.objects.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import ru.vmeste.objects.AttributeDefinition;
import ru.vmeste.objects.CityObject;
import ru.vmeste.objects.ObjectId;
import ru.vmeste.objects.ObjectStatus;
import ru.vmeste.objects.ObjectType;
import ru.vmeste.objects.ObjectTypeId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.shared.geo.GeoJson;
import ru.vmeste.territory.DistrictId;

/**
 * Reads object rows: the GeoJSON geometry back into JTS and attribute values back into their
 * types as the object's type defines them (values of attributes since removed are dropped).
 */
@Component
class ObjectRows {

	private final JsonMapper json;

	private final ObjectTypeCatalog types;

	ObjectRows(JsonMapper json, ObjectTypeCatalog types) {
		this.json = json;
		this.types = types;
	}

	/** A full row with the geometry selected as {@code geometry_json} text. */
	CityObject object(ResultSet rs, int row) throws SQLException {
		ObjectTypeId typeId = new ObjectTypeId(rs.getObject("type_id", UUID.class));
		List<AttributeDefinition> definitions = types.find(typeId).map(ObjectType::attributes).orElse(List.of());
		return new CityObject(new ObjectId(rs.getObject("id", UUID.class)), typeId, rs.getString("external_id"),
				new LocalizedText(rs.getString("name_ru"), rs.getString("name_en")), rs.getString("address"),
				geometry(rs.getString("geometry_json")), new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")),
				new OrganizationId(rs.getObject("owner_id", UUID.class)),
				new DistrictId(rs.getObject("district_id", UUID.class)), ObjectStatus.valueOf(rs.getString("status")),
				attributes(rs.getString("attributes"), definitions), rs.getString("source"),
				rs.getTimestamp("updated_at").toInstant());
	}

	Geometry geometry(String geoJson) {
		return GeoJson.read(json.readTree(geoJson));
	}

	/**
	 * Values as the type defines them now; a stored value that no longer fits its attribute (the
	 * attribute was removed and added again with another type) is left out rather than misread.
	 */
	Map<String, Object> attributes(String attributesJson, List<AttributeDefinition> definitions) {
		JsonNode values = json.readTree(attributesJson);
		Map<String, Object> attributes = new HashMap<>();
		for (AttributeDefinition definition : definitions) {
			JsonNode value = values.get(definition.code());
			Object typed = value == null ? null : switch (definition.type()) {
				case NUMBER -> value.isNumber() ? value.decimalValue() : null;
				case BOOLEAN -> value.isBoolean() ? value.booleanValue() : null;
				case DATE -> value.isString() ? date(value.asString()) : null;
				default -> value.isString() ? value.asString() : null;
			};
			if (typed != null) {
				attributes.put(definition.code(), typed);
			}
		}
		return attributes;
	}

	private static @Nullable LocalDate date(String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
