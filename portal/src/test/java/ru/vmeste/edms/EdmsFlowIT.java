package ru.vmeste.edms;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import ru.vmeste.edms.internal.EdmsOperations;
import ru.vmeste.edms.internal.MessageSignatures;
import ru.vmeste.edms.simulator.EdmsSimulator;
import ru.vmeste.notifications.internal.CapturedMails;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.TestJvm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The portal with the simulated EDMS, end to end: an appeal of the demo official's
 * organization (on the EDMS channel) is registered within one sync, its number shows on its
 * page, the EDMS's answer reaches the resident who rates it; a duplicated or replayed webhook
 * changes nothing; and an outage drill. One portal instance for the class, on its own database,
 * with the test's clock driving the sync interval and the simulator's workflow. The portal is its
 * own, so the class runs beside the other integration tests (never beside one that measures this
 * JVM's heap).
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(TestJvm.HEAP)
class EdmsFlowIT {

	private static final Duration INTERVAL = Duration.ofMinutes(10);

	private static final SharedClock clock = new SharedClock(ZoneId.of("Asia/Yekaterinburg"));

	private static EdmsSimulator simulator;

	private static EdmsPortal portal;

	private static String resident;

	private static String moderator;

	private static String pothole;

	@BeforeAll
	static void start() {
		simulator = EdmsSimulator.builder().secret(EdmsPortal.SECRET).clock(clock).start();
		portal = EdmsPortal.start("vmeste_edms_flow", simulator, clock, "vmeste.edms.batch-size=20",
				"vmeste.edms.max-attempts=20");
		simulator.portalUrl(portal.url());
		resident = portal.bearer(DemoAccounts.RESIDENT);
		moderator = portal.bearer(DemoAccounts.MODERATOR);
		pothole = portal.topic("pothole");
		syncNow();
	}

	@AfterAll
	static void stop() {
		portal.close();
		simulator.close();
	}

	@AfterEach
	void edmsUp() {
		simulator.listen();
		simulator.mode(EdmsSimulator.Mode.UP);
	}

	@Test
	void anAppealIsRegisteredWithinOneSyncAndTheEdmsAnswerReachesTheResidentWhoRatesIt() {
		String appeal = routedPothole("Яма на тротуаре у остановки");
		await().atMost(Duration.ofSeconds(5)).until(() -> operations().history(appealId(appeal)).isPresent());
		assertThat(simulator.documents()).noneMatch(document -> appeal.equals(document.get("externalId")));

		syncNow();

		Map<String, Object> document = document(appeal);
		String number = (String) document.get("number");
		assertThat(number).matches("ОГ-\\d{4}-\\d{6}");
		assertThat(document).containsEntry("registrations", 1);
		DocumentContext shown = portal.appeal(appeal, null);
		assertThat(shown.read("$.edms.number", String.class)).isEqualTo(number);
		assertThat(shown.read("$.edms.registeredAt", String.class)).isNotBlank();
		assertThat(portal.get("/appeals/" + appeal, null).getBody()).contains(number);

		clock.advance(Duration.ofMinutes(2));
		await().atMost(Duration.ofSeconds(10)).until(() -> portal.appeal(appeal, null).read("$.status"), "IN_PROGRESS"::equals);

		simulator.answer(number, "Яму на тротуаре заделали асфальтом.");
		await().atMost(Duration.ofSeconds(10)).until(() -> portal.appeal(appeal, null).read("$.status"), "ANSWERED"::equals);
		assertThat(portal.appeal(appeal, null).read("$.answer.text", String.class)).isEqualTo("Яму на тротуаре заделали асфальтом.");
		assertThat(portal.appeal(appeal, null).read("$.answer.files[*].contentType", List.class))
			.as("the EDMS's signed letter").containsExactly("application/pdf");
		await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(DemoAccounts.RESIDENT).stream()
			.anyMatch(mail -> mail.bodyHtml().contains(appeal)));

		ResponseEntity<String> rated = portal.post("/api/v1/appeals/" + appeal + "/rating", resident,
				"{\"score\":5,\"solved\":true,\"comment\":\"Спасибо\"}");
		assertThat(rated.getStatusCode().is2xxSuccessful()).as(rated.toString()).isTrue();
		syncNow();
		assertThat((List<?>) document(appeal).get("messages")).first().isEqualTo("REGISTER#1");
		assertThat((List<?>) document(appeal).get("messages")).anyMatch(message -> message.toString().startsWith("RATED#"));
	}

	@Test
	void aDuplicatedOrReplayedWebhookChangesNothingAndAWrongSignatureIsRefused() {
		String appeal = routedPothole("Яма во дворе дома 12");
		syncNow();
		String number = (String) document(appeal).get("number");
		String change = "{\"changes\":[{\"id\":\"test-" + UUID.randomUUID() + "\",\"externalId\":\"" + appeal
				+ "\",\"number\":\"" + number + "\",\"status\":\"ANSWERED\",\"at\":\"" + clock.instant()
				+ "\",\"answer\":{\"text\":\"Заделали.\",\"files\":[]}}]}";
		long timestamp = clock.instant().getEpochSecond();
		String signature = new MessageSignatures(EdmsPortal.SECRET, clock, Duration.ofMinutes(5))
			.sign(timestamp, "POST /api/v1/edms/webhook", "delivery-1", change.getBytes(StandardCharsets.UTF_8));

		assertThat(webhook(change, timestamp, signature).getBody()).contains("\"accepted\":1");
		assertThat(webhook(change, timestamp, signature).getBody()).contains("\"accepted\":0").contains("\"duplicates\":1");
		assertThat(webhook(change.replace("Заделали.", "Переделали."), timestamp, signature).getStatusCode().value())
			.isEqualTo(401);
		clock.advance(Duration.ofMinutes(6));
		assertThat(webhook(change, timestamp, signature).getStatusCode().value()).as("replayed later").isEqualTo(401);

		DocumentContext shown = portal.appeal(appeal, null);
		assertThat(shown.read("$.status", String.class)).isEqualTo("ANSWERED");
		assertThat(shown.read("$.answer.text", String.class)).isEqualTo("Заделали.");
		assertThat(shown.read("$.history[?(@.status == 'ANSWERED')]", List.class)).hasSize(1);
	}

	@Test
	void nothingIsLostDoubledOrReorderedWhileTheEdmsIsDown() {
		List<String> answered = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			answered.add(routedPothole("Выбоина на проезде " + i));
		}
		syncNow();
		for (String appeal : answered) {
			simulator.answer(appeal, "Выбоину заделали.");
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> answered.stream().allMatch(appeal -> "ANSWERED".equals(portal.appeal(appeal, null).read("$.status"))));

		List<String> appeals = new ArrayList<>();
		simulator.stopListening();
		for (String appeal : answered) {
			ResponseEntity<String> rated = portal.post("/api/v1/appeals/" + appeal + "/rating", resident,
					"{\"score\":2,\"solved\":false,\"comment\":\"Выбоина осталась\"}");
			assertThat(rated.getStatusCode().is2xxSuccessful()).as(rated.toString()).isTrue();
		}
		for (int cycle = 0; cycle < 2; cycle++) {
			appeals.addAll(arriveWhileDown(9, "ConnectException"));
		}
		simulator.listen();
		simulator.mode(EdmsSimulator.Mode.ERROR);
		for (int cycle = 0; cycle < 2; cycle++) {
			appeals.addAll(arriveWhileDown(8, "HTTP 500"));
		}
		simulator.mode(EdmsSimulator.Mode.SLOW);
		for (int cycle = 0; cycle < 2; cycle++) {
			appeals.addAll(arriveWhileDown(8, "no answer"));
		}
		assertThat(appeals).hasSize(50);

		simulator.mode(EdmsSimulator.Mode.UP);
		for (int cycle = 0; cycle < 12 && operations().overview().counts().pending() > 0; cycle++) {
			syncNow();
		}

		assertThat(operations().overview().counts().pending()).isZero();
		assertThat(operations().overview().counts().dead()).isZero();
		for (String appeal : appeals) {
			Map<String, Object> document = document(appeal);
			assertThat(document).as(appeal).containsEntry("registrations", 1);
			assertThat(messages(document)).containsExactly("REGISTER#1");
			assertThat(portal.appeal(appeal, null).read("$.edms.number", String.class)).isEqualTo(document.get("number"));
		}
		for (String appeal : answered) {
			assertThat(document(appeal)).containsEntry("registrations", 1);
			assertThat(messages(document(appeal))).as("in the order they happened")
				.containsExactly("REGISTER#1", "RATED#2", "REOPENED#3");
			assertThat(document(appeal)).containsEntry("status", "IN_WORK");
		}
	}

	/** Appeals arriving during one sync of an outage; the portal answers its pages all the while. */
	private List<String> arriveWhileDown(int count, String error) {
		List<String> arrived = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			arrived.add(routedPothole("Яма номер " + i + " у дома " + ThreadLocalRandom.current().nextInt(1, 200)));
			assertThat(portal.get("/", null).getStatusCode().value()).isEqualTo(200);
			assertThat(portal.get("/appeals/" + arrived.getLast(), null).getStatusCode().value()).isEqualTo(200);
		}
		syncNow();
		assertThat(operations().overview().sync().lastError()).contains(error);
		return arrived;
	}

	/** Moves the clock one interval on and waits for the sync that brings. */
	private static void syncNow() {
		long syncs = operations().overview().sync().syncs();
		clock.advance(INTERVAL);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> operations().overview().sync().syncs() > syncs && operations().overview().sync().runningOn() == null);
	}

	private String routedPothole(String text) {
		double lat = 58.0106 - 0.006 + ThreadLocalRandom.current().nextDouble(0.012);
		double lon = 56.2420 - 0.01 + ThreadLocalRandom.current().nextDouble(0.02);
		String appeal = portal.report(resident, pothole, lat, lon, text);
		portal.publish(moderator, appeal);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> operations().history(appealId(appeal)).isPresent());
		return appeal;
	}

	private Map<String, Object> document(String appeal) {
		return simulator.documents()
			.stream()
			.filter(document -> appeal.equals(document.get("externalId")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the EDMS never heard of " + appeal));
	}

	@SuppressWarnings("unchecked")
	private static List<String> messages(Map<String, Object> document) {
		return (List<String>) document.get("messages");
	}

	private ResponseEntity<String> webhook(String body, long timestamp, String signature) {
		return portal.client()
			.post()
			.uri("/api/v1/edms/webhook")
			.contentType(MediaType.APPLICATION_JSON)
			.header(MessageSignatures.TIMESTAMP, Long.toString(timestamp))
			.header(MessageSignatures.SIGNATURE, signature)
			.header(MessageSignatures.IDEMPOTENCY_KEY, "delivery-1")
			.header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
			.body(body)
			.retrieve()
			.onStatus(status -> true, (request, response) -> {
			})
			.toEntity(String.class);
	}

	private static List<CapturedMails.CapturedMail> mailsTo(String email) {
		return portal.bean(CapturedMails.class).latest(new PageQuery(0, 200)).items()
			.stream()
			.filter(mail -> mail.recipient().equals(email))
			.toList();
	}

	private static EdmsOperations operations() {
		return portal.bean(EdmsOperations.class);
	}

	private static ru.vmeste.reports.AppealId appealId(String appeal) {
		return ru.vmeste.reports.AppealId.of(appeal);
	}

}
