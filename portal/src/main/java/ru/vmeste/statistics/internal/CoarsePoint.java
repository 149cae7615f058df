package ru.vmeste.statistics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import ru.vmeste.shared.GeoPoint;

/**
 * The open data grid: points are kept and published only rounded to it, 0.001° of latitude
 * (111 m) by 0.002° of longitude (118 m at Perm's 58° N), so no appeal reveals the doorstep it
 * was reported from.
 */
final class CoarsePoint {

	static final BigDecimal LAT_STEP = new BigDecimal("0.001");

	static final BigDecimal LON_STEP = new BigDecimal("0.002");

	private CoarsePoint() {
	}

	static double lat(GeoPoint point) {
		return round(point.lat(), LAT_STEP);
	}

	static double lon(GeoPoint point) {
		return round(point.lon(), LON_STEP);
	}

	/** The nearest multiple of the step, as the decimal a reader sees. */
	static double round(double value, BigDecimal step) {
		BigDecimal steps = BigDecimal.valueOf(value).divide(step, 0, RoundingMode.HALF_UP);
		return steps.multiply(step).doubleValue();
	}

}
