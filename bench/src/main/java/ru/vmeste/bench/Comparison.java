package ru.vmeste.bench;

/**
 * A portal figure beside its raw-PostgreSQL baseline measured in the same run: the ratio of
 * throughputs (1.0 = as fast as PostgreSQL alone) and the p99 latencies of both.
 *
 * @param target what the issue asks of this figure
 */
record Comparison(String scenario, int concurrency, Measurement portal, Measurement baseline, Target target) {

	double throughputRatio() {
		return baseline.perSecond() == 0 ? 0 : portal.perSecond() / baseline.perSecond();
	}

	boolean meetsTarget() {
		return target.metBy(throughputRatio(), portal.p99Millis());
	}

	/** The target and whether it was met, for the tables. */
	String verdict() {
		return target.isSet() ? (meetsTarget() ? "met " : "MISS ") + target : "-";
	}

}
