package ru.vmeste.shared;

/**
 * A WGS-84 point in decimal degrees.
 */
public record GeoPoint(double lat, double lon) {

	public GeoPoint {
		if (!isValid(lat, lon)) {
			throw new IllegalArgumentException("Coordinates out of range: " + lat + ", " + lon);
		}
	}

	public static boolean isValid(double lat, double lon) {
		return Double.isFinite(lat) && Double.isFinite(lon) && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
	}

	/**
	 * Great-circle distance in metres (haversine), precise enough for city distances.
	 */
	public double distanceTo(GeoPoint other) {
		double earthRadius = 6_371_008.8;
		double dLat = Math.toRadians(other.lat - lat);
		double dLon = Math.toRadians(other.lon - lon);
		double a = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * earthRadius * Math.asin(Math.min(1, Math.sqrt(a)));
	}

}
