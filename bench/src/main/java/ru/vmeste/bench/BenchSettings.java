package ru.vmeste.bench;

import java.time.Duration;
import java.util.List;

/**
 * How long and how wide to measure: {@code --quick} for development (about 6 minutes in all),
 * {@code --full} for the committed results (about half an hour on 2 cores), which adds the JMH
 * micro-benchmarks ({@code --quick --micro} adds them to a quick run).
 */
record BenchSettings(boolean quick, Duration warmUp, Duration window, long maxOperations, List<Integer> concurrency,
		List<Integer> objectCounts, Duration viewportWarmUp, Duration viewportWindow, boolean microBenchmarks,
		boolean onlyStatistics) {

	static BenchSettings of(String[] args) {
		boolean quick = List.of(args).contains("--quick");
		boolean micro = !quick || List.of(args).contains("--micro");
		boolean statistics = List.of(args).contains("--statistics");
		return quick
				? new BenchSettings(true, Duration.ofSeconds(1), Duration.ofSeconds(3), 200_000, List.of(1, 8, 32),
						List.of(10_000), Duration.ofSeconds(1), Duration.ofSeconds(2), micro && !statistics, statistics)
				: new BenchSettings(false, Duration.ofSeconds(5), Duration.ofSeconds(15), 2_000_000, List.of(1, 8, 32),
						List.of(10_000, 100_000, 1_000_000), Duration.ofSeconds(3), Duration.ofSeconds(8), micro && !statistics,
						statistics);
	}

	/** The public control scenario over 1,000,000 appeals: in full runs, and alone with {@code --statistics}. */
	boolean statistics() {
		return !quick || onlyStatistics;
	}

	/**
	 * How long to let PostgreSQL's statistics settle before reading them: an idle server process
	 * reports its counts at most 10 s late, so without the wait one scenario's work is counted in
	 * the next (quick runs used to skip it, and the appeals' last commits and outbox rows were
	 * counted as the ballots').
	 */
	Duration statisticsSettle() {
		return Duration.ofSeconds(11);
	}

	/**
	 * How long each write is run at least before its processor time is counted, so the JIT has
	 * compiled its hot paths (a cold portal spends more processor time compiling than serving).
	 */
	Duration compilerWarmUp() {
		return Duration.ofSeconds(quick ? 15 : 30);
	}

	/**
	 * How long each write is run at most before it is counted, while the JIT compilers still take
	 * more than {@link #compilerSettled()} of the portal's processor time: on 2 busy cores they
	 * compete with the requests, and 30 s left a full run compiling through its whole measured
	 * minute of appeals (1,458 compilations, 21 s of compiling).
	 */
	Duration compilerWarmUpLimit() {
		return Duration.ofSeconds(quick ? 30 : 150);
	}

	/** The compilers' share of the portal's processor time at which the warm-up may end. */
	double compilerSettled() {
		return 0.05;
	}

	String mode() {
		return quick ? "quick" : "full";
	}

}
