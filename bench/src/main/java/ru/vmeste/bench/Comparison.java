package ru.vmeste.bench;

/**
 * A portal figure beside its raw-PostgreSQL baseline measured in the same run: the ratio of
 * throughputs (1.0 = as fast as PostgreSQL alone) and the p99 latencies of both.
 *
 * @param target the ratio the issue asks for, or 0 when it sets none
 */
record Comparison(String scenario, int concurrency, Measurement portal, Measurement baseline, double target) {

	double throughputRatio() {
		return baseline.perSecond() == 0 ? 0 : portal.perSecond() / baseline.perSecond();
	}

	boolean meetsTarget() {
		return target == 0 || throughputRatio() >= target;
	}

}
