package ru.vmeste.edms;

import java.time.Duration;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import ru.vmeste.edms.internal.EdmsOperations;
import ru.vmeste.edms.internal.EdmsSync;
import ru.vmeste.edms.simulator.EdmsSimulator;
import ru.vmeste.support.TestJvm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two portal instances on one database, both looking ten times a second whether a sync is
 * due: each interval of the (test) clock brings exactly one sync, which polls the EDMS once. The
 * instances are its own, so the class runs beside the other integration tests (never beside one
 * that measures this JVM's heap).
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(TestJvm.HEAP)
class EdmsClusterIT {

	private static final Duration INTERVAL = Duration.ofMinutes(10);

	private static final SharedClock clock = new SharedClock(ZoneId.of("Asia/Yekaterinburg"));

	private static EdmsSimulator simulator;

	private static EdmsPortal first;

	private static EdmsPortal second;

	@BeforeAll
	static void startTwoInstances() {
		simulator = EdmsSimulator.builder().secret(EdmsPortal.SECRET).clock(clock).start();
		first = EdmsPortal.start("vmeste_edms_cluster", simulator, clock, "vmeste.demo-data=false");
		second = EdmsPortal.start("vmeste_edms_cluster", simulator, clock, "vmeste.demo-data=false");
	}

	@AfterAll
	static void stop() {
		second.close();
		first.close();
		simulator.close();
	}

	@Test
	void theSyncRunsOncePerIntervalWhateverTheNumberOfInstances() {
		EdmsOperations operations = first.bean(EdmsOperations.class);
		await().atMost(Duration.ofSeconds(10)).until(() -> operations.overview().sync().lastSyncAt() != null);
		long syncs = operations.overview().sync().syncs();
		long polls = simulator.stats().get("polls");

		for (int interval = 1; interval <= 5; interval++) {
			long expected = syncs + interval;
			await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(2))
				.until(() -> operations.overview().sync().syncs() == expected - 1);
			clock.advance(INTERVAL);
			await().atMost(Duration.ofSeconds(5)).until(() -> operations.overview().sync().syncs() == expected);
			await().atMost(Duration.ofSeconds(5)).until(() -> simulator.stats().get("polls") == polls + expected - syncs);
		}
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
			.until(() -> operations.overview().sync().syncs() == syncs + 5);

		assertThat(simulator.stats().get("polls")).isEqualTo(polls + 5);
		assertThat(second.bean(EdmsOperations.class).overview().sync().syncs()).isEqualTo(syncs + 5);
		assertThat(first.bean(EdmsSync.class).runs() + second.bean(EdmsSync.class).runs())
			.as("the syncs both instances ran").isEqualTo(syncs + 5);
	}

}
