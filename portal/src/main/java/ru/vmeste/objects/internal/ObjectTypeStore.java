package ru.vmeste.objects.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.objects.AttributeDefinition;
import ru.vmeste.objects.AttributeType;
import ru.vmeste.objects.GeometryKind;
import ru.vmeste.objects.ObjectType;
import ru.vmeste.objects.ObjectTypeId;
import ru.vmeste.shared.LocalizedText;

/**
 * SQL for object types; attribute definitions are kept as a JSON array on the type.
 */
@Repository
class ObjectTypeStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ObjectTypeStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<ObjectType> all() {
		return jdbc.sql("select * from objects_types order by name_ru").query(this::type).list();
	}

	/** When each type's data last changed (its definition or any of its objects). */
	Map<ObjectTypeId, Instant> modified() {
		return jdbc.sql("select id, greatest(updated_at, data_modified_at) as modified from objects_types")
			.query((rs, row) -> Map.entry(new ObjectTypeId(rs.getObject("id", UUID.class)),
					rs.getTimestamp("modified").toInstant()))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	boolean hasObjects(ObjectTypeId type) {
		return jdbc.sql("select exists (select 1 from objects_objects where type_id = ?)").param(type.value())
			.query(Boolean.class)
			.single();
	}

	void insert(ObjectType type, Instant now) {
		jdbc.sql("""
				insert into objects_types (id, code, name_ru, name_en, icon, geometry_kind, attributes, updated_at)
				values (?, ?, ?, ?, ?, ?, ?::jsonb, ?)
				""")
			.params(type.id().value(), type.code(), type.name().ru(), type.name().en(), type.icon(),
					type.geometryKind().name(), attributesJson(type.attributes()), Timestamp.from(now))
			.update();
	}

	void update(ObjectType type, Instant now) {
		jdbc.sql("""
				update objects_types set code = ?, name_ru = ?, name_en = ?, icon = ?, geometry_kind = ?,
				attributes = ?::jsonb, updated_at = ? where id = ?
				""")
			.params(type.code(), type.name().ru(), type.name().en(), type.icon(), type.geometryKind().name(),
					attributesJson(type.attributes()), Timestamp.from(now), type.id().value())
			.update();
	}

	private String attributesJson(List<AttributeDefinition> attributes) {
		ArrayNode array = json.createArrayNode();
		for (AttributeDefinition attribute : attributes) {
			ObjectNode node = array.addObject()
				.put("code", attribute.code())
				.put("nameRu", attribute.name().ru())
				.put("nameEn", attribute.name().en())
				.put("type", attribute.type().name())
				.put("required", attribute.required());
			ArrayNode options = node.putArray("options");
			attribute.options().forEach(options::add);
		}
		return array.toString();
	}

	private ObjectType type(ResultSet rs, int row) throws SQLException {
		List<AttributeDefinition> attributes = new ArrayList<>();
		for (JsonNode node : json.readTree(rs.getString("attributes"))) {
			List<String> options = new ArrayList<>();
			node.get("options").forEach(option -> options.add(option.asString()));
			attributes.add(new AttributeDefinition(node.get("code").asString(),
					new LocalizedText(node.get("nameRu").asString(), node.get("nameEn").asString()),
					AttributeType.valueOf(node.get("type").asString()), node.get("required").asBoolean(), options));
		}
		return new ObjectType(new ObjectTypeId(rs.getObject("id", UUID.class)), rs.getString("code"),
				new LocalizedText(rs.getString("name_ru"), rs.getString("name_en")), rs.getString("icon"),
				GeometryKind.valueOf(rs.getString("geometry_kind")), attributes);
	}

}
