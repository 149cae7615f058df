package ru.vmeste.territory;

import java.time.ZoneId;

import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;

/**
 * A region served by the portal, with where its map opens.
 */
public record Region(RegionId id, String code, LocalizedText name, ZoneId timeZone, GeoPoint center,
		int defaultZoom) {
}
