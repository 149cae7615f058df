package ru.vmeste.statistics.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import ru.vmeste.statistics.StatisticsSettings;
import ru.vmeste.support.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public figures are computed once per filter while fresh, in the background once stale
 * (the readers get the previous figure meanwhile), anew once forgotten, and every time when
 * caching is off. The cache's time is a clock the test moves; background computations run on
 * threads the test can wait for.
 */
class FiguresCacheTests {

	private static final Duration FRESH_FOR = Duration.ofMinutes(1);

	private final AtomicInteger computed = new AtomicInteger();

	private final MovableClock clock = new MovableClock(Instant.EPOCH);

	private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

	private final List<Future<?>> background = new CopyOnWriteArrayList<>();

	@AfterEach
	void stopThreads() {
		threads.shutdownNow();
	}

	@Test
	void aFigureIsComputedOnceWhileFreshAndPerArguments() {
		FiguresCache cache = cache(FRESH_FOR);
		assertThat(read(cache, "a")).isEqualTo(1);
		clock.advance(FRESH_FOR.minusSeconds(1));
		assertThat(read(cache, "a")).isEqualTo(1);
		assertThat(read(cache, "b")).isEqualTo(2);
		assertThat(computed).hasValue(2);
	}

	@Test
	void aStaleFigureIsAnsweredWhileItIsComputedAgainInTheBackground() throws Exception {
		FiguresCache cache = cache(FRESH_FOR);
		CountDownLatch recomputing = new CountDownLatch(1);
		CountDownLatch databaseAnswers = new CountDownLatch(1);
		// computing again takes until the test lets the database answer, as a query under load does
		Supplier<Integer> slow = () -> {
			int figure = computed.incrementAndGet();
			if (figure > 1) {
				recomputing.countDown();
				await(databaseAnswers);
			}
			return figure;
		};
		assertThat(cache.get("figure", "a", slow)).isEqualTo(1);
		clock.advance(FRESH_FOR.plusSeconds(1));

		assertThat(cache.get("figure", "a", slow)).as("the previous figure, while the new one is computed")
			.isEqualTo(1);
		assertThat(recomputing.await(10, TimeUnit.SECONDS)).as("computing again in the background").isTrue();
		assertThat(cache.get("figure", "a", slow)).as("still the previous figure").isEqualTo(1);

		databaseAnswers.countDown();
		awaitBackground();
		assertThat(cache.get("figure", "a", slow)).as("the figure computed in the background").isEqualTo(2);
		assertThat(computed).as("one computation in the background for all readers").hasValue(2);
	}

	@Test
	void aFigureNobodyAskedForIsForgotten() {
		FiguresCache cache = cache(FRESH_FOR);
		read(cache, "a");
		clock.advance(FRESH_FOR.multipliedBy(2).plusSeconds(1));
		assertThat(read(cache, "a")).as("computed anew for the reader, not the forgotten figure").isEqualTo(2);
	}

	@Test
	void zeroMeansEveryReadComputes() {
		FiguresCache cache = cache(Duration.ZERO);
		read(cache, "a");
		read(cache, "a");
		assertThat(computed).hasValue(2);
	}

	private int read(FiguresCache cache, String arguments) {
		return cache.get("figure", arguments, computed::incrementAndGet);
	}

	private FiguresCache cache(Duration freshFor) {
		return new FiguresCache(
				new StatisticsSettings(Duration.ofMinutes(15), Duration.ofSeconds(30), true, Duration.ofSeconds(10),
						freshFor),
				() -> Duration.between(Instant.EPOCH, clock.instant()).toNanos(),
				task -> background.add(threads.submit(task)));
	}

	private void awaitBackground() throws Exception {
		for (Future<?> task : background) {
			task.get(10, TimeUnit.SECONDS);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
