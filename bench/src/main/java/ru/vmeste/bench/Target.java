package ru.vmeste.bench;

import java.util.Locale;

/**
 * What the issue asks of a scenario: a least throughput ratio to the baseline, a largest p99
 * latency, or nothing.
 *
 * @param minRatio portal throughput over baseline throughput, or 0
 * @param maxP99Millis the portal's p99 in milliseconds, or 0
 */
record Target(double minRatio, double maxP99Millis) {

	static final Target NONE = new Target(0, 0);

	static Target ratioAtLeast(double ratio) {
		return new Target(ratio, 0);
	}

	static Target p99Within(double millis) {
		return new Target(0, millis);
	}

	boolean isSet() {
		return minRatio > 0 || maxP99Millis > 0;
	}

	boolean metBy(double ratio, double p99Millis) {
		return (minRatio == 0 || ratio >= minRatio) && (maxP99Millis == 0 || p99Millis <= maxP99Millis);
	}

	@Override
	public String toString() {
		if (minRatio > 0) {
			return String.format(Locale.ROOT, "ratio>=%.2f", minRatio);
		}
		return maxP99Millis > 0 ? String.format(Locale.ROOT, "p99<=%.0fms", maxP99Millis) : "-";
	}

}
