package ru.vmeste.objects.internal;

import org.jspecify.annotations.Nullable;

import ru.vmeste.objects.ObjectTypeId;
import ru.vmeste.territory.DistrictId;

/**
 * Which objects a list shows: of a type, in a district, matching a search text; each optional.
 */
public record ObjectFilter(@Nullable ObjectTypeId type, @Nullable DistrictId district, @Nullable String query) {

	public static final int MIN_QUERY = 2;

	public ObjectFilter {
		query = query == null || query.isBlank() ? null : query.strip();
	}

	public boolean isSearch() {
		return query != null;
	}

}
