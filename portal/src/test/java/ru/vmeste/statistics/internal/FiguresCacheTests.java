package ru.vmeste.statistics.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import ru.vmeste.statistics.StatisticsSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public figures are computed once per filter while fresh, again after the rollups changed
 * on this instance (only once that change committed), and every time when caching is off.
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
	void aChangeOfTheRollupsIsSeenByTheNextRead() {
		FiguresCache cache = cache(Duration.ofMinutes(1));
		read(cache, "a");
		cache.rollupsChanged();
		assertThat(read(cache, "a")).isEqualTo(2);
	}

	@Test
	void aChangeInsideATransactionCountsOnlyOnceItCompletes() {
		FiguresCache cache = cache(Duration.ofMinutes(1));
		read(cache, "a");
		TransactionSynchronizationManager.initSynchronization();
		try {
			cache.rollupsChanged();
			assertThat(read(cache, "a")).as("not committed yet: the old figure").isEqualTo(1);
			TransactionSynchronizationUtils.invokeAfterCompletion(TransactionSynchronizationManager.getSynchronizations(),
					TransactionSynchronization.STATUS_COMMITTED);
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
		assertThat(read(cache, "a")).isEqualTo(2);
	}

	@Test
	void aFigureExpires() throws InterruptedException {
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
