package ru.vmeste.bench;

/**
 * What one scenario measured at one concurrency: throughput, latency percentiles and errors.
 *
 * @param scenario what was done, e.g. "appeal submit"
 * @param variant which side: "portal" or the raw-PostgreSQL baseline, and the data size
 * @param concurrency parallel clients
 * @param operations completed operations in the measured window (after warm-up)
 * @param errors failed operations (wrong status, exception)
 * @param seconds length of the measured window
 */
record Measurement(String scenario, String variant, int concurrency, long operations, long errors, double seconds,
		double perSecond, double p50Millis, double p95Millis, double p99Millis) {
}
