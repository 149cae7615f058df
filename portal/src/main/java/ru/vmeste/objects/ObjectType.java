package ru.vmeste.objects;

import java.util.List;
import java.util.Optional;

import ru.vmeste.shared.LocalizedText;

/**
 * A kind of city object that administrators define, e.g. "school" or "street light": its
 * shape on the map and the typed attributes its objects carry.
 *
 * @param icon a Bootstrap Icons name, e.g. {@code "lightbulb"}
 */
public record ObjectType(ObjectTypeId id, String code, LocalizedText name, String icon, GeometryKind geometryKind,
		List<AttributeDefinition> attributes) {

	public ObjectType {
		attributes = List.copyOf(attributes);
	}

	public Optional<AttributeDefinition> attribute(String code) {
		return attributes.stream().filter(attribute -> attribute.code().equals(code)).findFirst();
	}

}
