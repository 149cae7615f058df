package ru.vmeste.territory;

import java.io.InputStream;
import java.time.ZoneId;

import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;

/**
 * Setting a region up: what an operator does once when the portal is installed for a region (and
 * what the demo does for its city). District boundaries come from the cadastre or OpenStreetMap
 * as GeoJSON, so the districts are imported from a GeoJSON file rather than typed in.
 */
public interface RegionImport {

	/**
	 * Creates a region with its districts, all or nothing.
	 * @param code the region's code ({@code vmeste.region} names it); a code already taken is refused
	 * @param name the region's name
	 * @param zone its time zone (deadlines and working days count in it)
	 * @param center where its map opens
	 * @param zoom the map's zoom there
	 * @param districts a GeoJSON {@code FeatureCollection} of polygons or multipolygons, each with the
	 * properties {@code code}, {@code nameRu} and {@code nameEn}; a broken file is refused before
	 * anything is stored
	 * @return the new region
	 */
	RegionId importRegion(String code, LocalizedText name, ZoneId zone, GeoPoint center, int zoom,
			InputStream districts);

}
