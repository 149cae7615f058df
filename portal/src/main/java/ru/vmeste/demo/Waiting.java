package ru.vmeste.demo;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for what events do after a seeder's transaction (a moderation request reaching the
 * queue, a decision reaching the module that asked): the demo goes the way real data goes.
 */
final class Waiting {

	private static final Duration STEP = Duration.ofMillis(25);

	private Waiting() {
	}

	static void until(BooleanSupplier condition, Duration atMost, String what) {
		long deadline = System.nanoTime() + atMost.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Demo data: waited " + atMost + " for " + what);
			}
			try {
				Thread.sleep(STEP);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Demo data: interrupted while waiting for " + what, ex);
			}
		}
	}

}
