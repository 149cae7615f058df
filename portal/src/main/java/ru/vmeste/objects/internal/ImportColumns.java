package ru.vmeste.objects.internal;

import java.util.Locale;
import java.util.Map;

/**
 * What an import file's columns (CSV headers, GeoJSON property names) mean. The standard names
 * are those of the open-data export, so an exported file can be edited and imported again;
 * export-only columns are ignored, any other name is an attribute code.
 */
final class ImportColumns {

	/** The standard fields a column may fill. */
	enum Role {

		EXTERNAL_ID, NAME, NAME_EN, ADDRESS, LAT, LON, GEOMETRY, OWNER, STATUS, IGNORED, ATTRIBUTE

	}

	private static final Map<String, Role> ROLES = Map.ofEntries(Map.entry("external_id", Role.EXTERNAL_ID),
			Map.entry("name", Role.NAME), Map.entry("name_ru", Role.NAME), Map.entry("name_en", Role.NAME_EN),
			Map.entry("address", Role.ADDRESS), Map.entry("lat", Role.LAT), Map.entry("latitude", Role.LAT),
			Map.entry("lon", Role.LON), Map.entry("longitude", Role.LON), Map.entry("wkt", Role.GEOMETRY),
			Map.entry("geometry", Role.GEOMETRY), Map.entry("owner", Role.OWNER), Map.entry("owner_code", Role.OWNER),
			Map.entry("owner_id", Role.OWNER), Map.entry("status", Role.STATUS), Map.entry("id", Role.IGNORED),
			Map.entry("owner_name", Role.IGNORED), Map.entry("district_id", Role.IGNORED),
			Map.entry("district_name", Role.IGNORED), Map.entry("updated_at", Role.IGNORED));

	private ImportColumns() {
	}

	static String normalized(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	static Role role(String name) {
		return ROLES.getOrDefault(normalized(name), Role.ATTRIBUTE);
	}

}
