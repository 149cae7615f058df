package ru.vmeste.platform.journal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.vmeste.platform.PlatformSettings;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The journal on the real database, with consumers of streams of its own: batches, commit order,
 * a transaction that commits late, rollbacks, failures and parking.
 */
@PortalTest
class JournalTests {

	/** A test event. */
	record Noted(int n) {
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	PlatformTransactionManager transactions;

	private final List<JournalTails> started = new ArrayList<>();

	@AfterEach
	void stop() {
		started.forEach(JournalTails::stop);
	}

	@Test
	void eventsArriveOnceInCommitOrderManyPerTransaction() {
		Fixture fixture = new Fixture(5);
		fixture.appendInOne(0, 20);
		for (int n = 20; n < 30; n++) {
			fixture.appendInOne(n, n + 1);
		}
		await().atMost(Duration.ofSeconds(20))
			.until(() -> fixture.recorder.seen.size() == 30 && fixture.other.seen.size() == 30);
		assertThat(fixture.recorder.seen).containsExactlyElementsOf(range(0, 30));
		assertThat(fixture.other.seen).as("the stream's other consumer").containsExactlyElementsOf(range(0, 30));
		assertThat(fixture.recorder.batches.get()).as("transactions for 30 events from 11 commits").isLessThanOrEqualTo(5);
		await().atMost(Duration.ofSeconds(5)).until(() -> fixture.journal.backlog() == 0);
	}

	@Test
	void eventsAnotherInstanceAppendedAreFoundByThePollAndDeletedOnceTaken() {
		Fixture fixture = new Fixture(5);
		fixture.appendInOne(0, 1);
		// both consumers have taken an event here first, so the poll compares with a known position
		await().atMost(Duration.ofSeconds(20))
			.until(() -> fixture.recorder.seen.size() == 1 && fixture.other.seen.size() == 1);
		Journal elsewhere = new Journal(jdbc, json, fixture.tailsOfAnotherInstance());
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			elsewhere.append(fixture.stream, new Noted(1));
			elsewhere.append(fixture.stream, new Noted(2));
		});
		await().atMost(Duration.ofSeconds(20))
			.until(() -> fixture.recorder.seen.size() == 3 && fixture.other.seen.size() == 3);
		assertThat(fixture.recorder.seen).containsExactly(0, 1, 2);
		assertThat(fixture.other.seen).containsExactly(0, 1, 2);
		await().atMost(Duration.ofSeconds(5))
			.until(() -> jdbc.sql("select count(*) from platform_journal where stream = ?")
				.param(fixture.stream)
				.query(Long.class)
				.single() == 0);
	}

	@Test
	void aRolledBackChangeAppendsNothing() {
		Fixture fixture = new Fixture(5);
		try {
			new TransactionTemplate(transactions).executeWithoutResult(status -> {
				fixture.journal.append(fixture.stream, new Noted(1));
				throw new IllegalStateException("the change fails");
			});
		}
		catch (IllegalStateException expected) {
			// as planned
		}
		fixture.appendInOne(2, 3);
		await().atMost(Duration.ofSeconds(20)).until(() -> fixture.recorder.seen.size() == 1);
		assertThat(fixture.recorder.seen).containsExactly(2);
	}

	@Test
	void eventsComeInTheOrderOfTheCommitsAndOneThatCommitsLateIsNotSkipped() throws Exception {
		Fixture fixture = new Fixture(5);
		CountDownLatch appended = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		Thread early = Thread.ofVirtual().start(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
			fixture.journal.append(fixture.stream, new Noted(1));
			appended.countDown();
			try {
				commit.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));
		assertThat(appended.await(10, TimeUnit.SECONDS)).isTrue();
		fixture.appendInOne(2, 3);
		// the transaction that began later commits first: its event is taken at once
		await().atMost(Duration.ofSeconds(20)).until(() -> fixture.recorder.seen.size() == 1);
		commit.countDown();
		early.join(10_000);
		await().atMost(Duration.ofSeconds(20)).until(() -> fixture.recorder.seen.size() == 2);
		assertThat(fixture.recorder.seen).containsExactly(2, 1);
	}

	@Test
	void aTransactionStartedInsideAnotherCommitsItsOwnEvents() {
		Fixture fixture = new Fixture(5);
		TransactionTemplate inner = new TransactionTemplate(transactions);
		inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		try {
			new TransactionTemplate(transactions).executeWithoutResult(status -> {
				fixture.journal.append(fixture.stream, new Noted(1));
				inner.executeWithoutResult(nested -> fixture.journal.append(fixture.stream, new Noted(2)));
				throw new IllegalStateException("the outer change fails");
			});
		}
		catch (IllegalStateException expected) {
			// as planned
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> fixture.recorder.seen.size() == 1);
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> fixture.recorder.seen.size() == 1);
		assertThat(fixture.recorder.seen).containsExactly(2);
	}

	@Test
	void anEventThatKeepsFailingIsParkedTheRestGoOnAndItIsTakenOnceItPasses() {
		Fixture fixture = new Fixture(2);
		fixture.recorder.refuse = 2;
		fixture.appendInOne(1, 4);
		await().atMost(Duration.ofSeconds(20)).until(() -> fixture.recorder.seen.size() == 2);
		assertThat(fixture.recorder.seen).containsExactly(1, 3);
		assertThat(jdbc.sql("select count(*) from platform_journal_parked where consumer = ?")
			.param(fixture.consumer)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(fixture.recorder.refusals.get()).as("tried max-attempts times before parking").isGreaterThanOrEqualTo(2);

		fixture.recorder.refuse = -1;
		await().atMost(Duration.ofSeconds(20)).until(() -> fixture.recorder.seen.size() == 3);
		assertThat(fixture.recorder.seen).containsExactly(1, 3, 2);
		assertThat(jdbc.sql("select count(*) from platform_journal_parked where consumer = ?")
			.param(fixture.consumer)
			.query(Long.class)
			.single()).isZero();
	}

	private static List<Integer> range(int from, int to) {
		List<Integer> numbers = new ArrayList<>();
		for (int n = from; n < to; n++) {
			numbers.add(n);
		}
		return numbers;
	}

	/** A stream of its own with two recording consumers, fed by tails of its own. */
	private final class Fixture {

		final String stream = "test." + UUID.randomUUID();

		final String consumer = stream + ".recorder";

		final Recorder recorder = new Recorder(stream, consumer);

		/** A second consumer of the stream, which takes the events read for the first. */
		final Recorder other = new Recorder(stream, stream + ".other");

		final Journal journal;

		@SuppressWarnings({ "unchecked", "rawtypes" })
		Fixture(int maxAttempts) {
			StaticListableBeanFactory beans = new StaticListableBeanFactory();
			beans.addBean("recorder", recorder);
			beans.addBean("other", other);
			JournalTails tails = new JournalTails((ObjectProvider) beans.getBeanProvider(JournalConsumer.class), jdbc, json,
					transactions, new PlatformSettings.EventJournal(Duration.ofMillis(200), 500, Duration.ofMillis(100),
							maxAttempts),
					Duration.ofSeconds(1));
			tails.start();
			started.add(tails);
			journal = new Journal(jdbc, json, tails);
		}

		/** Tails with no consumer, never started: a journal using them stands for another instance's. */
		@SuppressWarnings({ "unchecked", "rawtypes" })
		JournalTails tailsOfAnotherInstance() {
			return new JournalTails((ObjectProvider) new StaticListableBeanFactory().getBeanProvider(JournalConsumer.class),
					jdbc, json, transactions, new PlatformSettings.EventJournal(Duration.ofMillis(200), 500,
							Duration.ofMillis(100), 5),
					Duration.ofSeconds(1));
		}

		void appendInOne(int from, int to) {
			new TransactionTemplate(transactions).executeWithoutResult(status -> {
				for (int n = from; n < to; n++) {
					journal.append(stream, new Noted(n));
				}
			});
		}

	}

	/** Records what it takes, and in how many transactions; refuses one event while told to. */
	static final class Recorder implements JournalConsumer<Noted> {

		final List<Integer> seen = Collections.synchronizedList(new ArrayList<>());

		final AtomicInteger batches = new AtomicInteger();

		final AtomicInteger refusals = new AtomicInteger();

		volatile int refuse = -1;

		private final String stream;

		private final String name;

		Recorder(String stream, String name) {
			this.stream = stream;
			this.name = name;
		}

		@Override
		public String stream() {
			return stream;
		}

		@Override
		public String name() {
			return name;
		}

		@Override
		public void accept(Noted event) {
			if (event.n() == refuse) {
				refusals.incrementAndGet();
				throw new IllegalStateException("refused " + event.n());
			}
			taken().add(event.n());
		}

		/** What this transaction took, recorded when it commits. */
		@SuppressWarnings("unchecked")
		private List<Integer> taken() {
			if (TransactionSynchronizationManager.hasResource(this)) {
				return (List<Integer>) TransactionSynchronizationManager.getResource(this);
			}
			List<Integer> taken = new ArrayList<>();
			TransactionSynchronizationManager.bindResource(this, taken);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResource(Recorder.this);
					if (status == STATUS_COMMITTED) {
						batches.incrementAndGet();
						seen.addAll(taken);
					}
				}
			});
			return taken;
		}

	}

}
