package ru.vmeste.drills;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The crash drill: 16 residents submit appeals and cast ballots; the portal (its own JVM, the
 * packaged jar) is killed with SIGKILL in the middle; restarted on the same database it has
 * every appeal it acknowledged (201) and each in the moderators' queue, every acknowledged
 * ballot's leaf in the ledger exactly once at its receipt's index, and no event publication
 * left unfinished, all within 60 seconds of the restart. Its portal is a process of its own, so
 * the drill runs beside the other integration tests.
 */
@Execution(ExecutionMode.CONCURRENT)
class CrashDrillIT {

	private static final int CLIENTS = 16;

	private static final Duration WITHIN = Duration.ofSeconds(60);

	@TempDir
	Path work;

	@Test
	void nothingAcknowledgedBeforeASigkillIsLostOrLeftWaiting() throws Exception {
		try (DrillDatabase database = new DrillDatabase(work.resolve("pg"))) {
			DrillLoad load = new DrillLoad();
			long killedAt;
			long pendingAtKill;
			try (PortalProcess first = PortalProcess.start("first", database, work, "--vmeste.demo-data=true")) {
				first.awaitReady(Duration.ofMinutes(4));
				PortalClient client = new PortalClient(first.base());
				List<DrillLoad.Resident> residents = DrillLoad.residents(client, database.jdbc(), CLIENTS);
				String topic = client.topic();
				List<String> votes = client.votes("OPEN");

				load.start(residents, () -> client, topic, votes);
				await().atMost(Duration.ofSeconds(120)).until(() -> load.appeals.size() >= 150);
				first.kill();
				killedAt = System.nanoTime();
				load.stop();
				pendingAtKill = database.count(DrillDatabase.UNFINISHED_EVENTS);
			}
			int acknowledged = load.appeals.size();
			int ballots = load.ballots.size();

			long restarted = System.nanoTime();
			try (PortalProcess second = PortalProcess.start("second", database, work, "--vmeste.demo-data=false")) {
				Duration ready = second.awaitReady(Duration.ofMinutes(3));
				Set<String> ids = load.appeals.stream().map(DrillLoad.AckedAppeal::id).collect(Collectors.toSet());
				long[] found = new long[2];
				await().atMost(WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> {
					found[0] = database.count("select count(*) from reports_appeals where id = any(?::uuid[])",
							(Object) ids.toArray(String[]::new));
					found[1] = database.count("""
							select count(*) from moderation_items where kind = 'APPEAL' and subject_id = any(?)""",
							(Object) ids.toArray(String[]::new));
					return found[0] == ids.size() && found[1] == ids.size() && database.count(DrillDatabase.UNFINISHED_EVENTS) == 0;
				});
				Duration settled = DrillLoad.since(restarted);

				PortalClient client = new PortalClient(second.base());
				for (DrillLoad.AckedAppeal appeal : load.appeals) {
					assertThat(client.get("/api/v1/appeals/" + appeal.id(), appeal.author()).status())
						.as("appeal %s to its author", appeal.id()).isEqualTo(200);
				}
				int ballotsFound = Ledgers.assertEveryReceiptOnce(database, load.ballots);
				System.out.printf("Crash drill: %d clients; SIGKILL after %d appeals and %d ballots acknowledged "
						+ "(%d requests failed at the kill, %d events unhandled); restarted, ready in %d ms; "
						+ "%d of %d appeals found, %d in the moderation queue, %d of %d ballots in the ledger exactly once, "
						+ "no event unhandled: all %d ms after the restart (limit %d s)%n", CLIENTS,
						acknowledged, ballots, load.failedRequests.get(), pendingAtKill, ready.toMillis(), found[0],
						acknowledged, found[1], ballotsFound, ballots, settled.toMillis(), WITHIN.toSeconds());
				assertThat(found[0]).isEqualTo(acknowledged);
				assertThat(found[1]).isEqualTo(acknowledged);
				assertThat(ballotsFound).isEqualTo(ballots);
				assertThat(acknowledged).isGreaterThanOrEqualTo(150);
				assertThat(settled).isLessThan(WITHIN.plus(ready));
				assertThat(killedAt).isPositive();
			}
		}
	}

}
