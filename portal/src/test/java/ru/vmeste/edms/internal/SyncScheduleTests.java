package ru.vmeste.edms.internal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schedule row decides which instance runs each interval's sync.
 */
@PortalTest
class SyncScheduleTests {

	private static final Duration INTERVAL = Duration.ofMinutes(10);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SyncSchedule schedule;

	private final Instant start = Instant.parse("2026-03-02T09:00:00Z");

	@BeforeEach
	@AfterEach
	void clear() {
		EdmsTables.clear(jdbc);
	}

	@Test
	void eachIntervalsSyncGoesToOneInstance() {
		assertThat(claim("a", start)).isTrue();
		schedule.finish("a", start.plusSeconds(3), null);
		assertThat(claim("b", start.plusSeconds(4))).isFalse();
		assertThat(claim("b", start.plus(INTERVAL).minusSeconds(1))).isFalse();
		assertThat(claim("b", start.plus(INTERVAL))).isTrue();
		assertThat(claim("a", start.plus(INTERVAL))).isFalse();
		assertThat(schedule.state().syncs()).isEqualTo(2);
	}

	@Test
	void aRunningSyncKeepsTheNextOneWaitingUntilItsLeaseRunsOut() {
		assertThat(claim("a", start)).isTrue();
		Instant due = start.plus(INTERVAL);
		assertThat(schedule.renew("a", due.plusSeconds(30))).isTrue();

		assertThat(claim("b", due)).as("a still runs").isFalse();
		assertThat(claim("b", due.plusSeconds(30))).as("a's lease ran out: it died").isTrue();
		assertThat(schedule.renew("a", due.plusSeconds(90))).as("a learns it lost the sync").isFalse();
	}

	@Test
	void theOperatorCanHaveTheNextSyncComeAtOnce() {
		assertThat(claim("a", start)).isTrue();
		schedule.finish("a", start.plusSeconds(1), "connection refused");
		schedule.runSoon(start.plusSeconds(60));

		assertThat(claim("b", start.plusSeconds(61))).isTrue();
		assertThat(schedule.state().lastError()).isEqualTo("connection refused");
		assertThat(schedule.state().lastErrorAt()).isEqualTo(start.plusSeconds(1));
	}

	private boolean claim(String instance, Instant now) {
		return schedule.claim(instance, now, now.plus(INTERVAL), now.plusSeconds(30)).isPresent();
	}

}
