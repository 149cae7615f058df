package ru.vmeste.statistics.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import ru.vmeste.statistics.StatisticsSettings;

/**
 * The figures read from the rollups, kept in memory for a few seconds
 * ({@code vmeste.statistics.figures-fresh-for}) so that a crowd on the dashboard during a
 * city-wide event costs the database one query per figure and filter every few seconds, not one
 * per visitor — whatever the rate of appeals changing the rollups meanwhile. Once a figure is
 * older than that, the next read starts computing it again in the background and is answered
 * with the previous one meanwhile (no crowd waits for the database); a figure nobody asked for
 * in twice that time is forgotten. So a public figure is at most a few seconds behind the
 * rollups. Bounded in size: filters are free input.
 */
@Component
class FiguresCache {

	private static final int MAX_FIGURES = 2_000;

	private final LoadingCache<Key, Object> figures;

	private final boolean enabled;

	@Autowired
	FiguresCache(StatisticsSettings settings) {
		// recomputing waits for the database: not on the shared fork-join pool (one thread on 2 cores)
		this(settings, Ticker.systemTicker(), Executors.newVirtualThreadPerTaskExecutor());
	}

	/** A cache that reads the time from the ticker and recomputes stale figures on the executor (tests). */
	FiguresCache(StatisticsSettings settings, Ticker ticker, Executor recomputing) {
		this.enabled = settings.figuresFreshFor().isPositive();
		Duration freshFor = enabled ? settings.figuresFreshFor() : Duration.ofNanos(1);
		this.figures = Caffeine.newBuilder()
			.maximumSize(MAX_FIGURES)
			.refreshAfterWrite(freshFor)
			.expireAfterWrite(freshFor.multipliedBy(2))
			.ticker(ticker)
			.executor(recomputing)
			.build(key -> key.compute().get());
	}

	/**
	 * The figure of this name and arguments, computed by {@code compute} unless known; concurrent
	 * readers of a missing figure wait for one computation. The value must not be changed by its
	 * readers.
	 */
	@SuppressWarnings("unchecked")
	<T> T get(String figure, Object arguments, Supplier<T> compute) {
		if (!enabled) {
			return compute.get();
		}
		return (T) figures.get(new Key(figure, arguments, compute));
	}

	/** A figure; equal by name and arguments (how to compute it aside). */
	private record Key(String figure, Object arguments, Supplier<?> compute) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.figure.equals(figure) && key.arguments.equals(arguments);
		}

		@Override
		public int hashCode() {
			return Objects.hash(figure, arguments);
		}

	}

}
