package ru.vmeste.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs an operation from N client threads: a warm-up, then a window bounded in time and in
 * count, recording the latency of every operation in the window.
 */
final class Load {

	/** One operation of a client; returns whether it succeeded. */
	@FunctionalInterface
	interface Operation {

		boolean run(int client, long sequence) throws Exception;

	}

	private Load() {
	}

	static Measurement run(String scenario, String variant, int concurrency, Duration warmUp, Duration window,
			long maxOperations, Operation operation) throws InterruptedException {
		AtomicLong sequence = new AtomicLong();
		AtomicLong measured = new AtomicLong();
		AtomicLong errors = new AtomicLong();
		long[][] latencies = new long[concurrency][];
		int[] counts = new int[concurrency];
		long warmUpEnd = System.nanoTime() + warmUp.toNanos();
		long[] windowStart = { 0 };
		long windowEnd = warmUpEnd + window.toNanos();
		CountDownLatch done = new CountDownLatch(concurrency);
		List<Thread> clients = new ArrayList<>();
		for (int client = 0; client < concurrency; client++) {
			int id = client;
			latencies[id] = new long[1024];
			clients.add(Thread.ofPlatform().name("bench-client-" + id).start(() -> {
				try {
					while (true) {
						long start = System.nanoTime();
						if (start >= windowEnd || measured.get() >= maxOperations) {
							return;
						}
						boolean ok;
						try {
							ok = operation.run(id, sequence.getAndIncrement());
						}
						catch (Exception ex) {
							ok = false;
						}
						long end = System.nanoTime();
						if (start < warmUpEnd) {
							continue;
						}
						measured.incrementAndGet();
						if (!ok) {
							errors.incrementAndGet();
						}
						if (counts[id] == latencies[id].length) {
							latencies[id] = Arrays.copyOf(latencies[id], counts[id] * 2);
						}
						latencies[id][counts[id]++] = end - start;
					}
				}
				finally {
					done.countDown();
				}
			}));
		}
		windowStart[0] = warmUpEnd;
		done.await();
		double seconds = Math.max(1e-9, (Math.min(System.nanoTime(), windowEnd) - windowStart[0]) / 1e9);
		long[] all = merge(latencies, counts);
		Arrays.sort(all);
		long operations = measured.get();
		return new Measurement(scenario, variant, concurrency, operations, errors.get(), seconds, operations / seconds,
				percentile(all, 0.50), percentile(all, 0.95), percentile(all, 0.99));
	}

	private static long[] merge(long[][] latencies, int[] counts) {
		long[] all = new long[Arrays.stream(counts).sum()];
		int at = 0;
		for (int i = 0; i < latencies.length; i++) {
			System.arraycopy(latencies[i], 0, all, at, counts[i]);
			at += counts[i];
		}
		return all;
	}

	private static double percentile(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(quantile * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

}
