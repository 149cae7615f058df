package ru.vmeste.shared.geo;

import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.GeoPoint;

/**
 * A map viewport in WGS-84 degrees, as the API takes it: {@code bbox=minLon,minLat,maxLon,maxLat}.
 */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {

	public BoundingBox {
		if (!GeoPoint.isValid(minLat, minLon) || !GeoPoint.isValid(maxLat, maxLon)) {
			throw DomainException.invalid("geo.bbox.out-of-range");
		}
		if (minLon > maxLon || minLat > maxLat) {
			throw DomainException.invalid("geo.bbox.inverted");
		}
	}

	/** Parses {@code minLon,minLat,maxLon,maxLat}; anything else is a 400 with a clear message. */
	public static BoundingBox parse(String bbox) {
		String[] parts = bbox == null ? new String[0] : bbox.split(",");
		if (parts.length != 4) {
			throw DomainException.invalid("geo.bbox.format");
		}
		double[] values = new double[4];
		for (int i = 0; i < 4; i++) {
			try {
				values[i] = Double.parseDouble(parts[i].strip());
			}
			catch (NumberFormatException ex) {
				throw DomainException.invalid("geo.bbox.format");
			}
		}
		return new BoundingBox(values[0], values[1], values[2], values[3]);
	}

	public double width() {
		return maxLon - minLon;
	}

	public double height() {
		return maxLat - minLat;
	}

	public boolean contains(GeoPoint point) {
		return point.lon() >= minLon && point.lon() <= maxLon && point.lat() >= minLat && point.lat() <= maxLat;
	}

}
