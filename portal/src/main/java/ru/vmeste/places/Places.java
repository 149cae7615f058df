package ru.vmeste.places;

import java.io.InputStream;
import java.util.List;

import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;

/**
 * The places module's API: search addresses and objects by what a person types, name the
 * address and the object at a point, and import an address list.
 */
public interface Places {

	/** What matches the text best first: houses when it names one, else streets and objects. */
	List<Place> search(String text, int limit);

	/** The nearest house to the point (within the configured radius) and the nearest registry object. */
	Whereabouts at(GeoPoint point);

	/** The streets in the box as lines through their houses, for maps drawn without tiles. */
	List<StreetLine> streets(GeoPoint southWest, GeoPoint northEast);

	/** A street's line and name. */
	record StreetLine(LocalizedText name, List<GeoPoint> points) {
	}

	/**
	 * Adds or updates the addresses of a UTF-8 CSV list ({@code street;street_en;house;lat;lon},
	 * header first, {@code ;} or {@code ,} separated); answers the rows taken and the lines refused.
	 */
	ImportResult importAddresses(InputStream csv, String source);

	/** How an import went: rows taken and the line numbers of rows refused. */
	record ImportResult(int imported, List<Integer> refusedLines) {
	}

}
