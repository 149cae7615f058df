package ru.vmeste.voting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.vmeste.VmesteApplication;
import ru.vmeste.support.TestJvm;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The appender dies in the middle of a batch and the portal restarts: every ballot acknowledged
 * with 201 is still in the ledger at its receipt's place; every ballot whose voter was recorded
 * (answered 202: recorded, not yet appended) is appended at start-up; the ledger has no gap and
 * every voter is recorded once, with exactly one leaf each.
 *
 * <p>The death is staged in the database: a trigger makes every append of the first run's
 * PostgreSQL fail inside its transaction (after the ledger head is locked and the leaves are
 * being written), which is what a killed appender leaves behind; the restarted database no
 * longer has it fail.
 *
 * <p>Its portal and PostgreSQL are its own, so the class runs beside the other integration tests
 * (never beside one that measures this JVM's heap).
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(TestJvm.HEAP)
class BallotCrashIT {

	private static final int PER_ROUND = 20;

	@TempDir
	Path dataDir;

	HttpClient http = HttpClient.newHttpClient();

	@Test
	void everyAcknowledgedAndEveryRecordedBallotIsInTheLedgerAfterTheAppenderDiesMidBatchAndThePortalRestarts()
			throws Exception {
		VoteId vote;
		Map<String, Integer> acknowledged = new HashMap<>();
		List<String> recordedOnly = new ArrayList<>();
		try (ConfigurableApplicationContext portal = start()) {
			VotingFixtures fixtures = new VotingFixtures(portal);
			vote = fixtures.vote().open();
			String option = fixtures.option(vote, 0).toString();
			for (HttpResponse<String> response : castAllAtOnce(portal, vote, residents(fixtures), option)) {
				assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
				acknowledged.put(JsonPath.read(response.body(), "$.leafHash"),
						((Number) JsonPath.read(response.body(), "$.leafIndex")).intValue());
			}
			JdbcClient jdbc = portal.getBean(JdbcClient.class);
			jdbc.sql("""
					create table test_crash_marker (at timestamptz not null);
					insert into test_crash_marker values (clock_timestamp());
					create function test_crash_point() returns trigger language plpgsql as $$
					begin
					    if exists (select 1 from test_crash_marker where at > pg_postmaster_start_time()) then
					        raise exception 'the appender dies mid-batch';
					    end if;
					    return null;
					end $$;
					create trigger test_crash before insert on voting_ballots
					    for each statement execute function test_crash_point();
					""").update();

			for (HttpResponse<String> response : castAllAtOnce(portal, vote, residents(fixtures), option)) {
				assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
				recordedOnly.add(JsonPath.read(response.body(), "$.leafHash"));
			}
			assertThat(count(jdbc, "select count(*) from voting_ballot_pool where vote_id = ?", vote)).isEqualTo(PER_ROUND);
			assertThat(count(jdbc, "select count(*) from voting_voters where vote_id = ?", vote)).isEqualTo(2 * PER_ROUND);
			assertThat(count(jdbc, "select count(*) from voting_ballots where vote_id = ?", vote)).isEqualTo(PER_ROUND);
		}

		try (ConfigurableApplicationContext portal = start()) {
			JdbcClient jdbc = portal.getBean(JdbcClient.class);
			assertThat(count(jdbc, "select count(*) from voting_ballot_pool where vote_id = ?", vote)).isZero();
			assertThat(count(jdbc, "select count(*) from voting_voters where vote_id = ?", vote)).isEqualTo(2 * PER_ROUND);
			assertThat(count(jdbc, "select count(distinct voter_id) from voting_voters where vote_id = ?", vote))
				.isEqualTo(2 * PER_ROUND);
			List<String> leaves = jdbc.sql("select leaf_hash from voting_ballots where vote_id = ? order by leaf_index")
				.param(vote.value()).query((rs, row) -> HexFormat.of().formatHex(rs.getBytes(1))).list();
			List<Long> indexes = jdbc.sql("select leaf_index from voting_ballots where vote_id = ? order by leaf_index")
				.param(vote.value()).query(Long.class).list();
			assertThat(indexes).as("gapless").hasSize(2 * PER_ROUND).containsExactlyElementsOf(
					java.util.stream.LongStream.range(0, 2 * PER_ROUND).boxed().toList());
			assertThat(leaves).doesNotHaveDuplicates();
			acknowledged.forEach((hash, index) -> assertThat(leaves.get(index)).as("receipt of leaf " + index).isEqualTo(hash));
			assertThat(leaves).containsAll(recordedOnly);
			assertThat(new VotingFixtures(portal).treeSize(vote)).isEqualTo(2 * PER_ROUND);
			for (String hash : recordedOnly) {
				HttpResponse<String> receipt = http.send(HttpRequest.newBuilder(URI.create(base(portal) + "/api/v1/votes/"
						+ vote + "/ledger/receipt?leafHash=" + hash)).build(), HttpResponse.BodyHandlers.ofString());
				assertThat(receipt.statusCode()).isEqualTo(200);
				assertThat(((Number) JsonPath.read(receipt.body(), "$.leafIndex")).intValue()).isEqualTo(leaves.indexOf(hash));
			}
		}
	}

	private ConfigurableApplicationContext start() {
		return SpringApplication.run(VmesteApplication.class, "--vmeste.db.embedded.data-dir=" + dataDir,
				"--vmeste.db.embedded.clean=false", "--server.port=0", "--vmeste.voting.batch.max-wait=50ms",
				"--vmeste.voting.batch.receipt-wait=2s");
	}

	private static List<VotingFixtures.Resident> residents(VotingFixtures fixtures) {
		List<VotingFixtures.Resident> residents = new ArrayList<>();
		for (int i = 0; i < PER_ROUND; i++) {
			residents.add(fixtures.resident("sverdlovsky"));
		}
		return residents;
	}

	private List<HttpResponse<String>> castAllAtOnce(ConfigurableApplicationContext portal, VoteId vote,
			List<VotingFixtures.Resident> residents, String option) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<HttpResponse<String>>> pending = new ArrayList<>();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (VotingFixtures.Resident resident : residents) {
				HttpRequest request = HttpRequest.newBuilder(URI.create(base(portal) + "/api/v1/votes/" + vote + "/ballots"))
					.header("Authorization", resident.bearer())
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"optionIds\":[\"" + option + "\"]}"))
					.build();
				pending.add(threads.submit(() -> {
					start.await();
					return http.send(request, HttpResponse.BodyHandlers.ofString());
				}));
			}
			start.countDown();
			List<HttpResponse<String>> responses = new ArrayList<>();
			for (Future<HttpResponse<String>> response : pending) {
				responses.add(response.get());
			}
			return responses;
		}
	}

	private static String base(ConfigurableApplicationContext portal) {
		return "http://127.0.0.1:" + portal.getEnvironment().getProperty("local.server.port");
	}

	private static long count(JdbcClient jdbc, String sql, VoteId vote) {
		return jdbc.sql(sql).param(vote.value()).query(Long.class).single();
	}

}
