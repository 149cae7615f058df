package ru.vmeste.bench;

import java.time.Duration;
import java.util.List;

/**
 * How long and how wide to measure: {@code --quick} for development (under 3 minutes in all),
 * {@code --full} for the committed results (under 20 minutes on 2 cores).
 */
record BenchSettings(boolean quick, Duration warmUp, Duration window, long maxOperations, List<Integer> concurrency,
		List<Integer> objectCounts) {

	static BenchSettings of(String[] args) {
		boolean quick = List.of(args).contains("--quick");
		return quick
				? new BenchSettings(true, Duration.ofSeconds(2), Duration.ofSeconds(5), 200_000, List.of(1, 8, 32),
						List.of(10_000, 100_000))
				: new BenchSettings(false, Duration.ofSeconds(8), Duration.ofSeconds(20), 2_000_000, List.of(1, 8, 32),
						List.of(10_000, 100_000, 1_000_000));
	}

	String mode() {
		return quick ? "quick" : "full";
	}

}
