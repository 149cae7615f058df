package ru.vmeste.objects.internal;

import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * An object as typed into a form or read from an import row, before any check: every value
 * is text, and the geometry is read when asked (reading may refuse it with a reason).
 *
 * @param owner an organization's code or id
 * @param status a status name; blank means active
 * @param attributes raw values by attribute code
 */
public record RawObject(@Nullable String externalId, String name, String nameEn, String address,
		Supplier<Geometry> geometry, String owner, String status, Map<String, String> attributes) {

	public RawObject {
		attributes = Map.copyOf(attributes);
	}

}
