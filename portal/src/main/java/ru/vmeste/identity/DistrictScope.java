package ru.vmeste.identity;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import ru.vmeste.territory.DistrictId;

/**
 * The districts a scoped power reaches: the whole region (an official of a city-wide
 * organization, an administrator), some districts, or none.
 */
public record DistrictScope(boolean wholeRegion, Set<DistrictId> districts) {

	public static final DistrictScope NONE = new DistrictScope(false, Set.of());

	public static final DistrictScope WHOLE_REGION = new DistrictScope(true, Set.of());

	public DistrictScope {
		districts = Set.copyOf(districts);
	}

	public boolean reaches(@Nullable DistrictId district) {
		return wholeRegion || (district != null && districts.contains(district));
	}

}
