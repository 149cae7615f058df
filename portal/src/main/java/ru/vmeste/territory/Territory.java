package ru.vmeste.territory;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.PortalService;

/**
 * The territory module's API: the region this portal serves, its districts, which district
 * a point lies in, and which services the region has switched on.
 */
public interface Territory {

	List<Region> regions();

	/** The region this portal instance serves ({@code vmeste.region}), if it exists yet. */
	Optional<Region> currentRegion();

	List<District> districts();

	Optional<District> district(DistrictId id);

	/**
	 * The district containing the point. A point on a boundary shared by two districts
	 * belongs to exactly one of them, always the same (the first by district code).
	 */
	Optional<District> locate(GeoPoint point);

	boolean isEnabled(PortalService service);

	Set<PortalService> enabledServices(RegionId region);

}
