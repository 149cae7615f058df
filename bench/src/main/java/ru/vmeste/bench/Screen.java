package ru.vmeste.bench;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import ru.vmeste.shared.geo.MapGrid;

/**
 * A 1280 x 800 px map screen at a zoom, centred somewhere over the city: what a visitor's map
 * asks the viewport API for, and what the raw baseline selects.
 */
record Screen(double minLon, double minLat, double maxLon, double maxLat) {

	/** The Perm area the generators spread points over. */
	static final double CITY_MIN_LON = 55.95;

	static final double CITY_MAX_LON = 56.42;

	static final double CITY_MIN_LAT = 57.93;

	static final double CITY_MAX_LAT = 58.12;

	private static final int WIDTH_PX = 1280;

	private static final int HEIGHT_PX = 800;

	static Screen somewhereAt(int zoom) {
		double width = MapGrid.cellDegrees(zoom) * WIDTH_PX / 64;
		double height = width * HEIGHT_PX / WIDTH_PX * Math.cos(Math.toRadians(58));
		ThreadLocalRandom random = ThreadLocalRandom.current();
		double lon = random.nextDouble(CITY_MIN_LON, CITY_MAX_LON) - width / 2;
		double lat = random.nextDouble(CITY_MIN_LAT, CITY_MAX_LAT) - height / 2;
		return new Screen(lon, lat, lon + width, lat + height);
	}

	String bbox() {
		return String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", minLon, minLat, maxLon, maxLat);
	}

}
