package ru.vmeste.statistics.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import ru.vmeste.statistics.StatisticsSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public figures are computed once per filter while fresh, in the background once stale
 * (the readers get the previous figure meanwhile), anew once forgotten, and every time when
 * caching is off.
 */
class FiguresCacheTests {

	private final AtomicInteger computed = new AtomicInteger();

	@Test
	void aFigureIsComputedOnceWhileFreshAndPerArguments() {
		FiguresCache cache = cache(Duration.ofMinutes(1));
		assertThat(read(cache, "a")).isEqualTo(1);
		assertThat(read(cache, "a")).isEqualTo(1);
		assertThat(read(cache, "b")).isEqualTo(2);
		assertThat(computed).hasValue(2);
	}

	@Test
	void aStaleFigureIsAnsweredWhileItIsComputedAgainInTheBackground() throws InterruptedException {
		FiguresCache cache = cache(Duration.ofMillis(300));
		// computing takes a while, as a query under load does
		java.util.function.Supplier<Integer> slow = () -> {
			int figure = computed.incrementAndGet();
			try {
				Thread.sleep(figure > 1 ? 200 : 0);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return figure;
		};
		cache.get("figure", "a", slow);
		Thread.sleep(350);
		long asked = System.nanoTime();
		assertThat(cache.get("figure", "a", slow)).as("the previous figure").isEqualTo(1);
		assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("at once").isLessThan(Duration.ofMillis(150));
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		int figure = 1;
		while (figure == 1 && System.nanoTime() < until) {
			Thread.sleep(10);
			figure = cache.get("figure", "a", slow);
		}
		assertThat(figure).as("the figure computed in the background").isGreaterThan(1);
	}

	@Test
	void aFigureNobodyAskedForIsForgotten() throws InterruptedException {
		FiguresCache cache = cache(Duration.ofMillis(1));
		read(cache, "a");
		Thread.sleep(20);
		assertThat(read(cache, "a")).isEqualTo(2);
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

	private static FiguresCache cache(Duration freshFor) {
		return new FiguresCache(new StatisticsSettings(Duration.ofMinutes(15), Duration.ofSeconds(30), true,
				Duration.ofSeconds(10), freshFor));
	}

}
