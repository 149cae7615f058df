package ru.vmeste.statistics.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ru.vmeste.statistics.StatisticsSettings;

/**
 * The figures read from the rollups, kept in memory for a few seconds
 * ({@code vmeste.statistics.figures-fresh-for}) so that a crowd on the dashboard during a
 * city-wide event costs the database one query per figure and filter, not one per visitor. A
 * figure is remembered with the rollups' generation on this instance: once a change of the
 * rollups commits here, the next read computes it again (whoever acted sees their change);
 * other instances see it when their copy expires. Bounded in size: filters are free input.
 */
@Component
class FiguresCache {

	private static final int MAX_FIGURES = 2_000;

	private final AtomicLong generation = new AtomicLong();

	private final Cache<Key, Object> figures;

	private final boolean enabled;

	FiguresCache(StatisticsSettings settings) {
		this.enabled = settings.figuresFreshFor().isPositive();
		this.figures = Caffeine.newBuilder()
			.maximumSize(MAX_FIGURES)
			.expireAfterWrite(enabled ? settings.figuresFreshFor() : java.time.Duration.ofNanos(1))
			.build();
	}

	/**
	 * The figure of this name and arguments, computed by {@code compute} unless a copy of the
	 * current generation is fresh; concurrent readers of a missing figure wait for one computation.
	 * The value must not be changed by its readers.
	 */
	@SuppressWarnings("unchecked")
	<T> T get(String figure, Object arguments, Supplier<T> compute) {
		if (!enabled) {
			return compute.get();
		}
		return (T) figures.get(new Key(generation.get(), figure, arguments), key -> compute.get());
	}

	/** The rollups change: once the current transaction commits (or at once without one), figures are computed again. */
	void rollupsChanged() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					generation.incrementAndGet();
				}
			});
		}
		else {
			generation.incrementAndGet();
		}
	}

	private record Key(long generation, String figure, Object arguments) {
	}

}
