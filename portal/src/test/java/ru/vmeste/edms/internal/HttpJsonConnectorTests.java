package ru.vmeste.edms.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import ru.vmeste.edms.connector.ChangePage;
import ru.vmeste.edms.connector.DocumentChange;
import ru.vmeste.edms.connector.DocumentMessage;
import ru.vmeste.edms.connector.EdmsRefused;
import ru.vmeste.edms.connector.EdmsUnavailable;
import ru.vmeste.edms.connector.FileLink;
import ru.vmeste.edms.connector.OutgoingDocument;
import ru.vmeste.edms.connector.Registration;
import ru.vmeste.edms.simulator.EdmsSimulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reference connector against the simulator: the protocol round trip, idempotent retries,
 * and which failures stop a sync (unavailable) and which concern one message (refused).
 */
class HttpJsonConnectorTests {

	private static final String SECRET = "connector-test-secret";

	private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

	private final EdmsSimulator simulator = EdmsSimulator.builder()
		.secret(SECRET)
		.clock(clock)
		.slowDelay(Duration.ofSeconds(3))
		.start();

	private final HttpJsonConnector connector = connector(SECRET);

	@AfterEach
	void stop() {
		simulator.close();
	}

	@Test
	void registersOnceHoweverOftenTheSameMessageIsRetried() {
		OutgoingDocument document = document();
		Registration first = connector.register(document, "message-1");
		Registration retry = connector.register(document, "message-1");

		assertThat(first.number()).isEqualTo("ОГ-2026-000001");
		assertThat(first.registeredAt()).isEqualTo(clock.instant());
		assertThat(retry).isEqualTo(first);
		assertThat(simulator.documents()).singleElement()
			.satisfies(entry -> assertThat(entry).containsEntry("registrations", 1).containsEntry("attempts", 2));
	}

	@Test
	void sendsLaterMessagesAndReadsChangesWithTheAnswerLetter() {
		OutgoingDocument document = document();
		Registration registration = connector.register(document, "message-1");
		connector.send(registration.number(), new DocumentMessage(DocumentMessage.Type.RATED, document.externalId(), 2,
				clock.instant(), null, false, null, 4, true, null), "message-2");
		simulator.answer(registration.number(), "Яму заделали 3 марта.");

		ChangePage page = connector.changesSince(null, 10);
		DocumentChange answered = page.changes().getLast();

		assertThat(page.changes()).extracting(DocumentChange::status).containsExactly("REGISTERED", "ANSWERED");
		assertThat(page.cursor()).isEqualTo("2");
		assertThat(connector.changesSince(page.cursor(), 10).changes()).isEmpty();
		assertThat(answered.externalId()).isEqualTo(document.externalId());
		assertThat(answered.answer().text()).isEqualTo("Яму заделали 3 марта.");
		assertThat(new String(connector.download(answered.answer().files().getFirst().url(), 1_000_000))).startsWith("%PDF-");
		assertThat(simulator.documents().getFirst()).containsEntry("messages", List.of("REGISTER#1", "RATED#2"));
	}

	@Test
	void attachesLaterFilesOnce() {
		Registration registration = connector.register(document(), "message-1");
		List<FileLink> files = List.of(new FileLink("photo-2.jpg", "image/jpeg", URI.create("http://localhost/appeals/1/photos/2")));

		connector.attach(registration.number(), 2, files, "message-2");
		connector.attach(registration.number(), 2, files, "message-2");

		assertThat(simulator.documents().getFirst()).containsEntry("messages", List.of("REGISTER#1", "FILES#2"));
	}

	@Test
	void aMessageTheEdmsRefusesConcernsThatMessageOnly() {
		assertThatThrownBy(() -> connector.send("ОГ-2026-999999", new DocumentMessage(DocumentMessage.Type.CLOSED,
				UUID.randomUUID().toString(), 2, clock.instant(), null, false, null, null, null, "SOLVED"), "message-9"))
			.isInstanceOf(EdmsRefused.class)
			.hasMessageContaining("404");
		assertThatThrownBy(() -> connector.download(URI.create("http://elsewhere.example/file.pdf"), 100))
			.isInstanceOf(EdmsRefused.class);
	}

	@Test
	void anEdmsThatIsDownFailingSlowOrUnreachableIsUnavailable() {
		simulator.mode(EdmsSimulator.Mode.DOWN);
		assertThatThrownBy(() -> connector.register(document(), "message-1")).isInstanceOf(EdmsUnavailable.class);
		simulator.mode(EdmsSimulator.Mode.ERROR);
		assertThatThrownBy(() -> connector.register(document(), "message-1")).isInstanceOf(EdmsUnavailable.class)
			.hasMessageContaining("HTTP 500");
		simulator.mode(EdmsSimulator.Mode.SLOW);
		assertThatThrownBy(() -> connector(SECRET, Duration.ofMillis(300)).register(document(), "message-2"))
			.isInstanceOf(EdmsUnavailable.class)
			.hasMessageContaining("no answer");
		simulator.mode(EdmsSimulator.Mode.UP);
		simulator.stopListening();
		assertThatThrownBy(() -> connector.register(document(), "message-3")).isInstanceOf(EdmsUnavailable.class)
			.hasMessageContaining("ConnectException");
	}

	@Test
	void aWrongSecretOnEitherSideStopsTheSync() {
		assertThatThrownBy(() -> connector("not-the-secret").register(document(), "message-1"))
			.isInstanceOf(EdmsUnavailable.class)
			.hasMessageContaining("HTTP 401");
	}

	private HttpJsonConnector connector(String secret) {
		return connector(secret, Duration.ofSeconds(10));
	}

	private HttpJsonConnector connector(String secret, Duration timeout) {
		return new HttpJsonConnector(URI.create(simulator.url()), new MessageSignatures(secret, clock, Duration.ofMinutes(5)),
				JsonMapper.builder().build(), timeout, timeout);
	}

	private static OutgoingDocument document() {
		return new OutgoingDocument(UUID.randomUUID().toString(), 17, 1, "Яма на дороге у дома 5",
				new OutgoingDocument.Topic("pothole", "Яма на дороге"),
				new OutgoingDocument.Place(58.01, 56.25, "ул. Ленина, 5", "Ленинский район"), List.of(),
				new OutgoingDocument.Author("Анна Житель", "anna@example.org"),
				new OutgoingDocument.Addressee(UUID.randomUUID().toString(), "roads", "Управление дорог"),
				LocalDate.of(2026, 3, 20), Instant.parse("2026-03-01T10:00:00Z"), URI.create("http://localhost/appeals/1"));
	}

}
