package ru.vmeste.edms.simulator;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class EdmsSimulatorTests {

	private static final String SECRET = "test-secret";

	private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

	private final EdmsSimulator simulator = EdmsSimulator.builder()
		.secret(SECRET)
		.clock(clock)
		.workflowStep(Duration.ofMinutes(2))
		.slowDelay(Duration.ofMillis(1500))
		.start();

	private final Portalish portal = new Portalish(simulator.url(), SECRET, clock);

	@AfterEach
	void stop() {
		simulator.close();
	}

	@Test
	void registersADocumentWithANumberAndRepeatsTheAnswerToARetry() throws Exception {
		String appeal = UUID.randomUUID().toString();
		HttpResponse<String> first = portal.register("key-1", appeal, 1);
		HttpResponse<String> retry = portal.register("key-1", appeal, 1);

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(Json.object(first.body())).containsEntry("number", "ОГ-2026-000001")
			.containsEntry("status", "REGISTERED")
			.containsEntry("registeredAt", "2026-03-02T09:00:00Z");
		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(portal.responseIsSigned(first, "POST /documents", "key-1")).isTrue();
		assertThat(simulator.documents()).singleElement()
			.satisfies(document -> assertThat(document).containsEntry("externalId", appeal)
				.containsEntry("registrations", 1)
				.containsEntry("attempts", 2)
				.containsEntry("messages", List.of("REGISTER#1")));
	}

	@Test
	void aNewIdempotencyKeyMakesASecondDocumentWhichTheRegistrationsCountShows() throws Exception {
		String appeal = UUID.randomUUID().toString();
		portal.register("key-1", appeal, 1);
		portal.register("key-2", appeal, 1);

		assertThat(simulator.documents()).singleElement().satisfies(document -> assertThat(document).containsEntry("registrations", 2));
	}

	@Test
	void refusesWrongSignaturesAndStaleTimestamps() throws Exception {
		String body = Json.write(Map.of("externalId", UUID.randomUUID().toString()));
		long now = clock.instant().getEpochSecond();

		assertThat(portal.post("/documents", "k", body, now, "v1=00").statusCode()).isEqualTo(401);
		assertThat(portal.post("/documents", "k", body, now - 600, new Signatures(SECRET, clock, Duration.ZERO)
			.sign(now - 600, "POST /documents", "k", body.getBytes(StandardCharsets.UTF_8))).statusCode()).isEqualTo(401);
		assertThat(simulator.documents()).singleElement().satisfies(document -> assertThat(document).containsEntry("registrations", 0));
	}

	@Test
	void movesDocumentsThroughItsWorkflowOnItsOwnClockAndListsChangesSinceACursor() throws Exception {
		portal.register("key-1", UUID.randomUUID().toString(), 1);
		simulator.advanceClock(Duration.ofMinutes(2));
		simulator.advanceClock(Duration.ofMinutes(2));

		Map<String, Object> all = Json.object(portal.get("/changes?since=0&limit=10").body());
		Map<String, Object> later = Json.object(portal.get("/changes?since=2&limit=10").body());

		assertThat(statuses(all)).containsExactly("REGISTERED", "ASSIGNED", "IN_WORK");
		assertThat(all).containsEntry("cursor", "3");
		assertThat(statuses(later)).containsExactly("IN_WORK");
		assertThat(changes(all).get(1)).containsEntry("official", "Петрова А. В.").containsEntry("number", "ОГ-2026-000001");
	}

	@Test
	void anAnswerComesWithItsLetterWhichThePortalFetchesSigned() throws Exception {
		portal.register("key-1", UUID.randomUUID().toString(), 1);
		simulator.answer("ОГ-2026-000001", "Яму заделали");

		Map<String, Object> answered = changes(Json.object(portal.get("/changes?since=1").body())).get(0);
		@SuppressWarnings("unchecked")
		Map<String, Object> answer = (Map<String, Object>) answered.get("answer");
		@SuppressWarnings("unchecked")
		String url = ((List<Map<String, Object>>) answer.get("files")).get(0).get("url").toString();
		HttpResponse<String> letter = portal.get(url.substring(simulator.url().length()));

		assertThat(answered).containsEntry("status", "ANSWERED");
		assertThat(answer).containsEntry("text", "Яму заделали");
		assertThat(letter.statusCode()).isEqualTo(200);
		assertThat(letter.body()).startsWith("%PDF-").contains("Answer to appeal OG-2026-000001");
	}

	@Test
	void aDocumentIsAnsweredByItsNumberItsDigitsOrTheAppealsId() throws Exception {
		String first = UUID.randomUUID().toString();
		String second = UUID.randomUUID().toString();
		portal.register("key-1", first, 1);
		portal.register("key-2", second, 1);
		portal.register("key-3", UUID.randomUUID().toString(), 1);

		assertThat(simulator.answer("ОГ-2026-000001", "Готово")).isEqualTo("ОГ-2026-000001");
		assertThat(simulator.answer(second, "Готово")).isEqualTo("ОГ-2026-000002");
		assertThat(simulator.answer("000003", "Готово")).isEqualTo("ОГ-2026-000003");
		assertThatThrownBy(() -> simulator.answer("3", "Ещё раз")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void laterMessagesAreRecordedOnceInTheOrderTheyCame() throws Exception {
		portal.register("key-1", UUID.randomUUID().toString(), 1);
		String events = "/documents/" + Portalish.encode("ОГ-2026-000001") + "/events";
		portal.post(events, "key-2", Map.of("type", "RATED", "sequence", 2, "score", 2));
		portal.post(events, "key-3", Map.of("type", "REOPENED", "sequence", 3));
		portal.post(events, "key-3", Map.of("type", "REOPENED", "sequence", 3));

		assertThat(simulator.documents()).singleElement()
			.satisfies(document -> assertThat(document).containsEntry("messages", List.of("REGISTER#1", "RATED#2", "REOPENED#3"))
				.containsEntry("status", "IN_WORK"));
	}

	@Test
	void failsAsToldWhileTheControlEndpointsKeepAnswering() throws Exception {
		simulator.mode(EdmsSimulator.Mode.ERROR);
		assertThat(portal.register("key-1", UUID.randomUUID().toString(), 1).statusCode()).isEqualTo(500);

		simulator.mode(EdmsSimulator.Mode.DOWN);
		assertThatThrownBy(() -> portal.register("key-1", UUID.randomUUID().toString(), 1)).isInstanceOf(IOException.class);

		simulator.stopListening();
		assertThatThrownBy(() -> portal.register("key-1", UUID.randomUUID().toString(), 1))
			.isInstanceOf(java.net.ConnectException.class);
		simulator.listen();
		assertThat(simulator.documents()).allSatisfy(document -> assertThat(document).containsEntry("registrations", 0));
	}

	@Test
	void aSlowEdmsRegistersButAnswersLate() throws Exception {
		String appeal = UUID.randomUUID().toString();
		simulator.mode(EdmsSimulator.Mode.SLOW);
		long started = System.nanoTime();
		HttpResponse<String> response = portal.register("key-1", appeal, 1);

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
		assertThat(response.statusCode()).isEqualTo(201);
	}

	@Test
	void reportsEveryChangeToThePortalsWebhookSigned() throws Exception {
		List<Boolean> signedCalls = new CopyOnWriteArrayList<>();
		List<String> bodies = new CopyOnWriteArrayList<>();
		Signatures check = new Signatures(SECRET, clock, Duration.ofMinutes(5));
		HttpServer fakePortal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		fakePortal.createContext(PortalWebhook.PATH, exchange -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			signedCalls.add(check.verify(exchange.getRequestHeaders().getFirst(Signatures.TIMESTAMP),
					exchange.getRequestHeaders().getFirst(Signatures.SIGNATURE), "POST " + PortalWebhook.PATH,
					exchange.getRequestHeaders().getFirst(Signatures.IDEMPOTENCY_KEY), body));
			bodies.add(new String(body, StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		fakePortal.start();
		try {
			simulator.portalUrl("http://127.0.0.1:" + fakePortal.getAddress().getPort());
			portal.register("key-1", UUID.randomUUID().toString(), 1);
			simulator.answer("ОГ-2026-000001", "Готово");

			await().atMost(Duration.ofSeconds(5)).until(() -> String.join("", bodies).contains("\"status\":\"ANSWERED\""));
			assertThat(String.join("", bodies)).contains("\"status\":\"REGISTERED\"").contains("\"status\":\"ANSWERED\"");
			assertThat(signedCalls).isNotEmpty().containsOnly(true);
		}
		finally {
			fakePortal.stop(0);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> changes(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("changes");
	}

	private static List<Object> statuses(Map<String, Object> page) {
		return changes(page).stream().map(change -> change.get("status")).toList();
	}

}
