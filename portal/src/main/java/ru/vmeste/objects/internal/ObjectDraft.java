package ru.vmeste.objects.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import ru.vmeste.objects.ObjectStatus;
import ru.vmeste.objects.ObjectTypeId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.shared.geo.GeoJson;
import ru.vmeste.territory.DistrictId;

/**
 * A checked object, ready to be stored: every value valid, the geometry of the type's kind and
 * inside the region, with its representative point and district worked out.
 *
 * @param attributes typed values: String, BigDecimal, LocalDate or Boolean
 */
public record ObjectDraft(ObjectTypeId type, @Nullable String externalId, LocalizedText name,
		@Nullable String address, Geometry geometry, GeoPoint point, OrganizationId owner, DistrictId district,
		ObjectStatus status, Map<String, Object> attributes) {

	public ObjectDraft {
		attributes = Map.copyOf(attributes);
	}

	/** RFC 7946 GeoJSON with right-hand polygon rings, as stored and exported. */
	public String geometryJson() {
		return GeoJson.write(geometry).toString();
	}

	/** The bounding box in PostgreSQL's {@code box} syntax, x = longitude. */
	public String extent() {
		Envelope envelope = geometry.getEnvelopeInternal();
		return "(" + envelope.getMinX() + "," + envelope.getMinY() + "),(" + envelope.getMaxX() + ","
				+ envelope.getMaxY() + ")";
	}

	public String searchText() {
		return SearchText.of(name, address);
	}

	/** Attribute values as JSON text: numbers as numbers, dates as ISO strings, keys sorted. */
	public String attributesJson() {
		ObjectNode json = JsonNodeFactory.instance.objectNode();
		new TreeMap<>(attributes).forEach((code, value) -> {
			switch (value) {
				case BigDecimal number -> json.put(code, number);
				case Boolean flag -> json.put(code, flag);
				default -> json.put(code, value.toString());
			}
		});
		return json.toString();
	}

	/** A fingerprint of everything an import sets, to recognize an unchanged row. */
	public String contentHash() {
		String content = String.join("\u001f", type.toString(), String.valueOf(externalId), name.ru(), name.en(),
				String.valueOf(address), geometryJson(), owner.toString(), status.name(), attributesJson());
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
