package ru.vmeste.objects;

import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.shared.LocalizedText;

/**
 * Fills the registry in bulk from a trusted source — the city's own inventory, or the demo: the
 * types as the types' page defines them, then many objects streamed in at once (PostgreSQL COPY)
 * with their creation in the history. Unlike the administrators' file import there is no dry
 * run and no matching of existing objects: what is loaded is new.
 */
public interface ObjectBulkImport {

	/** Creates a type, or changes one, with the checks of the types' page (code, attributes, geometry kind). */
	ObjectType saveType(ObjectType type);

	/**
	 * Loads the objects the producer hands to its consumer, in one transaction; each object's
	 * representative point and district are worked out here, and an object outside every district
	 * of the region is left out. Answers how many were stored.
	 *
	 * @param source what the objects came from, kept with each (e.g. {@code demo})
	 */
	long load(String source, Consumer<Consumer<NewObject>> producer);

	/**
	 * An object to load.
	 *
	 * @param attributes typed values by attribute code: String, BigDecimal, LocalDate or Boolean
	 */
	record NewObject(ObjectTypeId type, @Nullable String externalId, LocalizedText name, @Nullable String address,
			Geometry geometry, OrganizationId owner, ObjectStatus status, Map<String, Object> attributes) {
	}

}
