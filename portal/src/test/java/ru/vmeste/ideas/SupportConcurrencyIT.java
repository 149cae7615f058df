package ru.vmeste.ideas;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.ideas.IdeasFixtures.Account;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Supports arriving all at once over real HTTP on the real PostgreSQL: one resident clicking
 * 500 times supports once (499 clear conflicts); 500 residents at once make 500 supports, the
 * count says 500, and the idea crosses its threshold exactly once.
 */
@PortalTest
class SupportConcurrencyIT {

	private static final int ATTEMPTS = 500;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void fiveHundredSupportsByOneResidentMakeOne() throws Exception {
		IdeasFixtures fixtures = new IdeasFixtures(context);
		String idea = publishedProject(fixtures, 100);
		String bearer = fixtures.resident().bearer();

		List<HttpResponse<String>> responses = supportAllAtOnce(idea, i -> bearer);

		Map<Integer, Long> statuses = responses.stream()
			.collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
		assertThat(statuses).containsOnly(Map.entry(201, 1L), Map.entry(409, (long) ATTEMPTS - 1));
		assertThat(responses).filteredOn(response -> response.statusCode() == 409)
			.allSatisfy(response -> assertThat((String) JsonPath.read(response.body(), "$.detail"))
				.isEqualTo("Вы уже поддержали эту идею."));
		assertThat(count("select count(*) from ideas_supports where idea_id = ?", idea)).isEqualTo(1);
		assertThat(count("select supports from ideas_ideas where id = ?", idea)).isEqualTo(1);
	}

	@Test
	void fiveHundredResidentsAtOnceMakeFiveHundredAndCrossTheThresholdOnce() throws Exception {
		IdeasFixtures fixtures = new IdeasFixtures(context);
		String idea = publishedProject(fixtures, 250);
		List<String> bearers = new ArrayList<>();
		for (int i = 0; i < ATTEMPTS; i++) {
			bearers.add(fixtures.resident().bearer());
		}

		List<HttpResponse<String>> responses = supportAllAtOnce(idea, bearers::get);

		assertThat(responses).allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(201));
		assertThat(responses.stream().map(response -> ((Number) JsonPath.read(response.body(), "$.supports")).intValue()))
			.as("every support saw its own count")
			.doesNotHaveDuplicates()
			.hasSize(ATTEMPTS);
		assertThat(count("select count(*) from ideas_supports where idea_id = ?", idea)).isEqualTo(ATTEMPTS);
		assertThat(count("select supports from ideas_ideas where id = ?", idea)).isEqualTo(ATTEMPTS);
		assertThat((Integer) JsonPath.read(IdeasFixtures.body(mvc.get().uri("/api/v1/ideas/{id}", idea).exchange()),
				"$.supports")).isEqualTo(ATTEMPTS);
		assertThat(fixtures.statusOf(idea)).isEqualTo("THRESHOLD_REACHED");
		assertThat(count("select count(*) from ideas_history where idea_id = ? and change = 'THRESHOLD_REACHED'", idea))
			.isEqualTo(1);
		assertThat(jdbc.sql("select ref from ideas_history where idea_id = ? and change = 'THRESHOLD_REACHED'")
			.param(UUID.fromString(idea))
			.query(String.class)
			.single()).as("the support that reached it").isEqualTo("250");
	}

	private static String publishedProject(IdeasFixtures fixtures, int threshold) {
		String campaign = fixtures.campaign("Поддержка наперегонки " + System.nanoTime(), threshold,
				CampaignPhase.PROPOSALS);
		Account author = fixtures.resident();
		String idea = fixtures.project(author, campaign, "Спортплощадка у школы № " + System.nanoTime() % 1000, 300_000);
		fixtures.publish(idea);
		return idea;
	}

	/** Starts every request at the same moment, each on its own virtual thread. */
	private List<HttpResponse<String>> supportAllAtOnce(String idea, IntFunction<String> bearer) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<HttpResponse<String>>> pending = new ArrayList<>();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < ATTEMPTS; i++) {
				HttpRequest request = HttpRequest
					.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/ideas/" + idea + "/supports"))
					.header("Authorization", bearer.apply(i))
					.POST(HttpRequest.BodyPublishers.noBody())
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

	private long count(String sql, String idea) {
		return jdbc.sql(sql).param(UUID.fromString(idea)).query(Long.class).single();
	}

}
