package ru.vmeste.voting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.vmeste.support.PortalTest;
import ru.vmeste.voting.internal.VotingJobs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ballots arriving all at once over real HTTP: one resident trying a thousand times gets one
 * ballot and 999 clear conflicts; a thousand residents get a thousand leaves without gaps,
 * whose root, recomputed from scratch from the published leaves, is the signed one.
 */
@PortalTest
class BallotConcurrencyTests {

	private static final int ATTEMPTS = 1000;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VotingJobs jobs;

	VotingFixtures fixtures;

	HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void setUp() {
		fixtures = new VotingFixtures(context);
	}

	@Test
	void aThousandAttemptsByOneResidentMakeExactlyOneBallot() throws Exception {
		VoteId vote = fixtures.vote().open();
		String bearer = fixtures.resident("leninsky").bearer();
		String option = fixtures.option(vote, 0).toString();

		List<HttpResponse<String>> responses = castAllAtOnce(vote, i -> bearer, option);

		Map<Integer, Long> statuses = responses.stream()
			.collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
		assertThat(statuses).containsOnly(Map.entry(201, 1L), Map.entry(409, (long) ATTEMPTS - 1));
		assertThat(responses).filteredOn(response -> response.statusCode() == 409)
			.allSatisfy(response -> assertThat((String) JsonPath.read(response.body(), "$.detail"))
				.isEqualTo("Вы уже проголосовали: повторно подать бюллетень нельзя."));
		assertThat(fixtures.treeSize(vote)).isEqualTo(1);
		assertThat(count("select count(*) from voting_ballots where vote_id = ?", vote)).isEqualTo(1);
		assertThat(count("select count(*) from voting_voters where vote_id = ?", vote)).isEqualTo(1);
	}

	@Test
	void aThousandResidentsAtOnceMakeAThousandLeavesWithoutGapsAndTheSignedRoot() throws Exception {
		VoteId vote = fixtures.vote().liveResults().open();
		List<String> bearers = new ArrayList<>();
		for (int i = 0; i < ATTEMPTS; i++) {
			bearers.add(fixtures.resident(i % 2 == 0 ? "leninsky" : "kirovsky").bearer());
		}
		String option = fixtures.option(vote, 1).toString();

		List<HttpResponse<String>> responses = castAllAtOnce(vote, bearers::get, option);

		assertThat(responses).allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(201));
		List<Integer> leafIndexes = responses.stream()
			.map(response -> ((Number) JsonPath.read(response.body(), "$.leafIndex")).intValue())
			.sorted()
			.toList();
		assertThat(leafIndexes).hasSize(ATTEMPTS).doesNotHaveDuplicates().startsWith(0).endsWith(ATTEMPTS - 1);

		jobs.signOpenVotes();
		String head = get("/api/v1/votes/" + vote + "/ledger/sth");
		assertThat(((Number) JsonPath.read(head, "$.treeSize")).intValue()).isEqualTo(ATTEMPTS);
		List<byte[]> leaves = new ArrayList<>();
		for (int start = 0; start < ATTEMPTS; start += 500) {
			List<Map<String, Object>> page = JsonPath.read(get("/api/v1/votes/" + vote + "/ledger/leaves?start=" + start
					+ "&end=" + (start + 500)), "$");
			for (Map<String, Object> leaf : page) {
				assertThat(((Number) leaf.get("index")).intValue()).as("no gap").isEqualTo(leaves.size());
				leaves.add(Base64.getDecoder().decode((String) leaf.get("data")));
			}
		}
		assertThat(leaves).hasSize(ATTEMPTS);
		assertThat((String) JsonPath.read(head, "$.rootHash")).isEqualTo(HexFormat.of().formatHex(treeHash(leaves)));
		for (HttpResponse<String> response : responses) {
			int index = ((Number) JsonPath.read(response.body(), "$.leafIndex")).intValue();
			assertThat((String) JsonPath.read(response.body(), "$.leafHash"))
				.isEqualTo(HexFormat.of().formatHex(treeHash(leaves.subList(index, index + 1))));
		}
	}

	/** Starts every request at the same moment, each on its own virtual thread. */
	private List<HttpResponse<String>> castAllAtOnce(VoteId vote, Function<Integer, String> bearer, String option)
			throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<HttpResponse<String>>> pending = new ArrayList<>();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < ATTEMPTS; i++) {
				HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/votes/" + vote + "/ballots"))
					.header("Authorization", bearer.apply(i))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"optionIds\":[\"" + option + "\"],\"emailReceipt\":false}"))
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

	private String get(String path) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private long count(String sql, VoteId vote) {
		return jdbc.sql(sql).param(vote.value()).query(Long.class).single();
	}

	/** MTH of RFC 9162 §2.1.1, from scratch over all leaves. */
	private static byte[] treeHash(List<byte[]> leaves) throws Exception {
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		if (leaves.size() == 1) {
			return sha256.digest(ByteBuffer.allocate(1 + leaves.get(0).length).put((byte) 0).put(leaves.get(0)).array());
		}
		int k = Integer.highestOneBit(leaves.size() - 1);
		return sha256.digest(ByteBuffer.allocate(65)
			.put((byte) 1)
			.put(treeHash(leaves.subList(0, k)))
			.put(treeHash(leaves.subList(k, leaves.size())))
			.array());
	}

}
