package ru.vmeste.platform.journal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.vmeste.platform.PlatformSettings;

/**
 * Feeds every {@link JournalConsumer} of this instance: a short while after a commit that appended
 * to its stream here, and after a poll every {@code vmeste.journal.poll} (one statement for all
 * streams) has found a stream's last event past a consumer's position, for appends on other
 * instances. A consumer takes a batch in one transaction that holds the consumer's advisory lock
 * (one instance at a time), takes the events after its position (positions follow the commits,
 * see {@link Journal}) and moves it.
 * <p>
 * A batch that fails is taken again one event per transaction up to the failing event, which is
 * tried again later ({@code poll} × attempts); after {@code max-attempts} it is parked and
 * retried every {@code vmeste.events.retry-interval}, so one bad event does not hold up the rest.
 */
@Component
class JournalTails implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(JournalTails.class);

	/** The first key of the consumers' advisory locks (the second is the consumer's name, hashed). */
	private static final int LOCK_SPACE = 0x4A524E4C;

	/**
	 * How many events read lately are kept for the other consumers of their stream, and how long:
	 * they take them moments apart (a batch is at most {@code batch-size} events).
	 */
	private static final int EVENTS_KEPT = 2_000;

	private static final Duration EVENTS_KEPT_FOR = Duration.ofMinutes(1);

	/** One journal row. */
	private record Entry(long position, String type, String payload) {
	}

	/**
	 * What a batch did: how many events it took, the consumer's position it left (-1 when another
	 * instance holds the consumer) and whether it was full.
	 */
	private record Batch(int taken, long position, boolean full) {

		static final Batch NOT_MINE = new Batch(0, -1, false);

	}

	private final ObjectProvider<JournalConsumer<?>> consumers;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final TransactionTemplate transaction;

	private final PlatformSettings.EventJournal settings;

	private final Duration retryInterval;

	private final Map<String, Class<?>> types = new ConcurrentHashMap<>();

	/**
	 * Events by position, read once for all the consumers of their stream, which take them within
	 * moments of each other (events are immutable values).
	 */
	private final Cache<Long, Object> events = Caffeine.newBuilder()
		.maximumSize(EVENTS_KEPT)
		.expireAfterWrite(EVENTS_KEPT_FOR)
		.build();

	private volatile Map<String, List<Tail>> byStream = Map.of();

	private volatile @Nullable ScheduledExecutorService executor;

	/** Whether a consumer has moved since the taken rows were last deleted (at start: unknown, so yes). */
	private final AtomicBoolean moved = new AtomicBoolean(true);

	@Autowired
	JournalTails(ObjectProvider<JournalConsumer<?>> consumers, JdbcClient jdbc, JsonMapper json,
			PlatformTransactionManager transactions, PlatformSettings settings) {
		this(consumers, jdbc, json, transactions, settings.journal(), settings.events().retryInterval());
	}

	JournalTails(ObjectProvider<JournalConsumer<?>> consumers, JdbcClient jdbc, JsonMapper json,
			PlatformTransactionManager transactions, PlatformSettings.EventJournal settings, Duration retryInterval) {
		this.consumers = consumers;
		this.jdbc = jdbc;
		this.json = json;
		this.transaction = new TransactionTemplate(transactions);
		this.settings = settings;
		this.retryInterval = retryInterval;
	}

	/** The names of this instance's consumers. */
	List<String> names() {
		return byStream.values().stream().flatMap(List::stream).map(tail -> tail.consumer.name()).toList();
	}

	/** A commit appended to the stream: its consumers read after {@code batch-wait}. */
	void wake(String stream) {
		for (Tail tail : byStream.getOrDefault(stream, List.of())) {
			tail.wake(settings.batchWait());
		}
	}

	@Override
	@SuppressWarnings("unchecked")
	public void start() {
		List<Tail> tails = consumers.orderedStream().map(consumer -> new Tail((JournalConsumer<Object>) consumer)).toList();
		for (Tail tail : tails) {
			jdbc.sql("insert into platform_journal_cursor (consumer, stream) values (?, ?) on conflict do nothing")
				.params(tail.consumer.name(), tail.consumer.stream())
				.update();
		}
		ScheduledExecutorService started = Executors.newScheduledThreadPool(Math.max(1, Math.min(tails.size(), 4)),
				Thread.ofPlatform().name("journal-", 0).daemon().factory());
		executor = started;
		byStream = tails.stream().collect(Collectors.groupingBy(tail -> tail.consumer.stream()));
		long poll = settings.poll().toMillis();
		started.scheduleWithFixedDelay(this::poll, 0, poll, TimeUnit.MILLISECONDS);
		started.scheduleWithFixedDelay(this::deleteTaken, poll, poll, TimeUnit.MILLISECONDS);
		started.scheduleWithFixedDelay(this::retryParked, poll, Math.max(poll, retryInterval.toMillis()),
				TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		ScheduledExecutorService running = executor;
		executor = null;
		if (running != null) {
			running.shutdown();
			try {
				running.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return executor != null;
	}

	/**
	 * Wakes the consumers whose stream holds an event past the position they were last seen at: one
	 * read of each stream's last position on its index, so an idle portal polls with one statement
	 * instead of a transaction per consumer.
	 */
	private void poll() {
		Map<String, List<Tail>> streams = byStream;
		try {
			jdbc.sql("""
					select s.stream, (select max(j.position) from platform_journal j where j.stream = s.stream) as last
					from unnest(cast(? as text[])) as s (stream)""")
				.param(streams.keySet().toArray(String[]::new))
				.query((rs, row) -> {
					long last = rs.getLong("last");
					if (!rs.wasNull()) {
						for (Tail tail : streams.getOrDefault(rs.getString("stream"), List.of())) {
							if (last > tail.seenAt) {
								tail.wake(Duration.ZERO);
							}
						}
					}
					return null;
				})
				.list();
		}
		catch (RuntimeException ex) {
			log.warn("Could not look for new journal events, later: {}", ex.toString());
		}
	}

	/** Parked events due again, tried. */
	private void retryParked() {
		try {
			byStream.values().stream().flatMap(List::stream).forEach(Tail::retryParked);
		}
		catch (RuntimeException ex) {
			log.warn("Parked journal events could not be tried again, later: {}", ex.toString());
		}
	}

	/**
	 * Rows every consumer of their stream has taken, deleted (one statement per stream, on its
	 * index), when a consumer of this instance has moved since the last time.
	 */
	private void deleteTaken() {
		if (!moved.getAndSet(false)) {
			return;
		}
		try {
			for (String stream : byStream.keySet()) {
				jdbc.sql("""
						delete from platform_journal
						where stream = :stream
						  and position <= (select min(position) from platform_journal_cursor where stream = :stream)""")
					.param("stream", stream)
					.update();
			}
		}
		catch (RuntimeException ex) {
			moved.set(true);
			log.warn("Taken journal events could not be deleted, later: {}", ex.toString());
		}
	}

	private Object read(String type, String payload) {
		Class<?> target = types.computeIfAbsent(type, name -> {
			try {
				return Class.forName(name, false, JournalTails.class.getClassLoader());
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException("Journal event of unknown type " + name, ex);
			}
		});
		return json.readValue(payload, target);
	}

	/** One consumer and its schedule. */
	private final class Tail {

		private final JournalConsumer<Object> consumer;

		private final AtomicBoolean scheduled = new AtomicBoolean();

		private final AtomicBoolean busy = new AtomicBoolean();

		private final AtomicBoolean again = new AtomicBoolean();

		private volatile long notBefore = System.nanoTime();

		/** The consumer's position when this instance last read or moved it (-1: not yet, or a batch failed). */
		private volatile long seenAt = -1;


		Tail(JournalConsumer<Object> consumer) {
			this.consumer = consumer;
		}

		void wake(Duration after) {
			ScheduledExecutorService running = executor;
			if (running == null || !scheduled.compareAndSet(false, true)) {
				return;
			}
			try {
				running.schedule(this::drain, after.toNanos(), TimeUnit.NANOSECONDS);
			}
			catch (RejectedExecutionException stopping) {
				scheduled.set(false);
			}
		}

		private void drain() {
			scheduled.set(false);
			if (System.nanoTime() - notBefore < 0) {
				return;
			}
			if (!busy.compareAndSet(false, true)) {
				again.set(true);
				return;
			}
			try {
				do {
					again.set(false);
					while (executor != null && take()) {
						// a full batch: more may wait
					}
				}
				while (executor != null && again.get());
			}
			finally {
				busy.set(false);
			}
		}

		/** One batch; answers whether it was full. */
		private boolean take() {
			try {
				return committed(transaction.execute(status -> batch(settings.batchSize())));
			}
			catch (RuntimeException failure) {
				seenAt = -1;
				return oneByOne();
			}
		}

		/**
		 * A batch committed: the position it left is known, and a move makes rows deletable;
		 * answers whether it was full.
		 */
		private boolean committed(@Nullable Batch batch) {
			Batch done = batch == null ? Batch.NOT_MINE : batch;
			if (done.taken() > 0) {
				moved.set(true);
			}
			seenAt = done.position();
			return done.full();
		}

		/** After a failed batch: one event per transaction up to the one that fails. */
		private boolean oneByOne() {
			try {
				boolean passed = true;
				while (executor != null && passed) {
					passed = committed(transaction.execute(status -> batch(1))); // taken alone, it passed
				}
			}
			catch (RuntimeException failure) {
				failed(failure);
			}
			return false;
		}

		/** In a transaction: the consumer's next events, taken, and its position moved past them. */
		private Batch batch(int limit) {
			boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(?, hashtext(?))")
				.params(LOCK_SPACE, consumer.name())
				.query(Boolean.class)
				.single();
			if (!mine) {
				return Batch.NOT_MINE; // another instance is taking this consumer's events
			}
			long at = position();
			List<Entry> entries = next(at, limit);
			if (entries.isEmpty()) {
				return new Batch(0, at, false);
			}
			consumer.acceptAll(entries.stream()
				.map(entry -> events.get(entry.position(), position -> read(entry.type(), entry.payload())))
				.toList());
			long last = entries.getLast().position();
			jdbc.sql("""
					update platform_journal_cursor
					set position = ?, attempts = 0, last_error = null, moved_at = now()
					where consumer = ?""")
				.params(last, consumer.name())
				.update();
			return new Batch(entries.size(), last, entries.size() == limit);
		}

		private long position() {
			return jdbc.sql("select position from platform_journal_cursor where consumer = ?")
				.param(consumer.name())
				.query(Long.class)
				.single();
		}

		private List<Entry> next(long after, int limit) {
			return jdbc.sql("""
					select position, event_type, payload from platform_journal
					where stream = ? and position > ? order by position limit ?""")
				.params(consumer.stream(), after, limit)
				.query((rs, row) -> new Entry(rs.getLong("position"), rs.getString("event_type"), rs.getString("payload")))
				.list();
		}

		/** The event after the position failed: counted, retried later, parked when it failed too often. */
		private void failed(RuntimeException failure) {
			try {
				transaction.executeWithoutResult(status -> {
					jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))")
						.params(LOCK_SPACE, consumer.name())
						.query((rs, row) -> 1)
						.list();
					Integer attempts = jdbc.sql("""
							update platform_journal_cursor set attempts = attempts + 1, last_error = ?
							where consumer = ? returning attempts""")
						.params(failure.toString(), consumer.name())
						.query(Integer.class)
						.optional()
						.orElse(0);
					if (attempts < settings.maxAttempts()) {
						log.warn("Journal consumer {} failed on an event (attempt {}), tries again: {}", consumer.name(),
								attempts, failure.toString());
						notBefore = System.nanoTime() + settings.poll().toNanos() * attempts;
						return;
					}
					log.error("Journal consumer {} failed {} times on an event: parked, the next events go on",
							consumer.name(), attempts, failure);
					park(failure);
				});
				moved.set(true); // once committed: a parked event's row may be deleted
			}
			catch (RuntimeException ex) {
				log.warn("Journal consumer {} failed and could not record it: {}", consumer.name(), ex.toString());
				notBefore = System.nanoTime() + settings.poll().toNanos();
			}
		}

		/** In a transaction: the event after the position set aside and the position moved past it. */
		private void park(RuntimeException failure) {
			for (Entry entry : next(position(), 1)) {
				jdbc.sql("""
						insert into platform_journal_parked (consumer, position, stream, event_type, payload, error, retry_at)
						values (?, ?, ?, ?, ?, ?, now() + ?::interval) on conflict do nothing""")
					.params(consumer.name(), entry.position(), consumer.stream(), entry.type(), entry.payload(),
							failure.toString(), retryInterval.toSeconds() + " seconds")
					.update();
				jdbc.sql("""
						update platform_journal_cursor
						set position = ?, attempts = 0, moved_at = now() where consumer = ?""")
					.params(entry.position(), consumer.name())
					.update();
			}
		}

		/** Parked events due again, each in a transaction of its own: gone when it passes. */
		void retryParked() {
			List<Entry> due = jdbc.sql("""
					select position, event_type, payload from platform_journal_parked
					where consumer = ? and retry_at <= now() order by position limit 100""")
				.param(consumer.name())
				.query((rs, row) -> new Entry(rs.getLong("position"), rs.getString("event_type"), rs.getString("payload")))
				.list();
			for (Entry entry : due) {
				try {
					boolean taken = Boolean.TRUE.equals(transaction.execute(status -> {
						int mine = jdbc.sql("""
								delete from platform_journal_parked where consumer = ? and position = ?
								  and position in (select position from platform_journal_parked
								                   where consumer = ? and position = ? for update skip locked)""")
							.params(consumer.name(), entry.position(), consumer.name(), entry.position())
							.update();
						if (mine == 1) {
							consumer.accept(read(entry.type(), entry.payload()));
						}
						return mine == 1;
					}));
					if (taken) {
						log.info("Journal consumer {} took the parked event {}", consumer.name(), entry.position());
					}
				}
				catch (RuntimeException failure) {
					jdbc.sql("""
							update platform_journal_parked
							set attempts = attempts + 1, error = ?, retry_at = now() + ?::interval
							where consumer = ? and position = ?""")
						.params(failure.toString(), retryInterval.toSeconds() + " seconds", consumer.name(),
								entry.position())
						.update();
				}
			}
		}

	}

}
