package ru.vmeste.edms.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the simulated EDMS knows: its documents, the responses it gave per idempotency key,
 * how many requests arrived per appeal, and the numbered list of changes. The workflow moves a
 * document on by one stage every {@code step} of the simulator's own clock:
 * REGISTERED → ASSIGNED (an official and a deadline) → IN_WORK; answering makes it ANSWERED.
 */
final class Registry {

	/** A response given once and repeated for the same idempotency key. */
	record Stored(int status, String body) {
	}

	private static final List<String> OFFICIALS = List.of("Петрова А. В.", "Смирнов Д. К.", "Кузнецова Е. Н.",
			"Волков И. С.");

	private final Clock clock;

	private final Duration step;

	private final Map<String, Document> byNumber = new LinkedHashMap<>();

	private final Map<String, List<Document>> byExternalId = new LinkedHashMap<>();

	private final Map<String, Integer> attempts = new HashMap<>();

	private final Map<String, Stored> responses = new HashMap<>();

	private final List<Change> changes = new ArrayList<>();

	private long numbers;

	Registry(Clock clock, Duration step) {
		this.clock = clock;
		this.step = step;
	}

	synchronized void attempted(String externalId) {
		if (externalId != null) {
			attempts.merge(externalId, 1, Integer::sum);
		}
	}

	/**
	 * Registers a new document for the appeal, or repeats the response given to the same
	 * idempotency key: a retry never makes a second document.
	 */
	synchronized Stored registerOnce(String idempotencyKey, String externalId, String organization,
			LocalDate deadline, long sequence) {
		Stored known = responses.get(idempotencyKey);
		if (known != null) {
			return known;
		}
		Instant now = clock.instant();
		String number = String.format("ОГ-%d-%06d", now.atZone(ZoneOffset.UTC).getYear(), ++numbers);
		Document document = new Document(number, externalId, organization, now,
				deadline == null ? now.atZone(ZoneOffset.UTC).toLocalDate().plusDays(30) : deadline, now.plus(step));
		document.messages.add("REGISTER#" + sequence);
		byNumber.put(number, document);
		byExternalId.computeIfAbsent(externalId, id -> new ArrayList<>()).add(document);
		change(document, null);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("number", number);
		body.put("registeredAt", now.toString());
		body.put("status", document.status);
		return remember(idempotencyKey, new Stored(201, Json.write(body)));
	}

	/**
	 * A later message about a document (re-addressed, reopened, more information, files, rated,
	 * closed), taken once per idempotency key.
	 *
	 * @param organization the new addressee when re-addressed
	 * @param withdrawn the appeal went to an organization outside this EDMS
	 */
	synchronized Stored messageOnce(String idempotencyKey, String number, String type, long sequence,
			String organization, boolean withdrawn, String text) {
		Stored known = responses.get(idempotencyKey);
		if (known != null) {
			return known;
		}
		Document document = byNumber.get(number);
		if (document == null) {
			return new Stored(404, Json.write(Map.of("error", "no document " + number)));
		}
		document.messages.add(type + "#" + sequence);
		if (text != null) {
			document.information.add(text);
		}
		if (withdrawn) {
			moveTo(document, "WITHDRAWN");
		}
		else if ("READDRESSED".equals(type) && organization != null) {
			document.organization = organization;
			if (!document.isOpen()) {
				moveTo(document, "IN_WORK");
			}
		}
		else if ("REOPENED".equals(type)) {
			document.answer = null;
			document.answerFile = null;
			document.nextStepAt = null;
			moveTo(document, "IN_WORK");
		}
		else if ("CLOSED".equals(type)) {
			moveTo(document, "CLOSED");
		}
		return remember(idempotencyKey, new Stored(200, Json.write(Map.of("number", number, "status", document.status))));
	}

	synchronized Optional<Document> document(String number) {
		return Optional.ofNullable(byNumber.get(number));
	}

	synchronized Optional<String> externalIdOf(String number) {
		return document(number).map(document -> document.externalId);
	}

	synchronized Optional<byte[]> answerFile(String number) {
		return document(number).map(document -> document.answerFile);
	}

	/** The official asks the author a question through the portal; the document keeps its status. */
	synchronized Document ask(String key, String question) {
		Document document = find(key);
		if (document == null) {
			throw new IllegalArgumentException("no document " + key);
		}
		if (!document.isOpen()) {
			throw new IllegalStateException("document " + document.number + " is " + document.status);
		}
		changes.add(new Change(changes.size() + 1, document, document.status, clock.instant(), null, question));
		return document;
	}

	/** Answers a document known by its number, the digits of its number, or the appeal's id. */
	synchronized Document answer(String key, String text) {
		Document document = find(key);
		if (document == null) {
			throw new IllegalArgumentException("no document " + key);
		}
		if (!document.isOpen()) {
			throw new IllegalStateException("document " + document.number + " is " + document.status);
		}
		document.answer = text;
		document.answerFile = AnswerPdf.of(document.number);
		document.status = "ANSWERED";
		document.nextStepAt = null;
		change(document, Map.of("text", text));
		return document;
	}

	private Document find(String key) {
		Document document = byNumber.get(key);
		if (document == null && byExternalId.containsKey(key)) {
			document = byExternalId.get(key).get(0);
		}
		if (document == null && key.matches("\\d{1,6}")) {
			long wanted = Long.parseLong(key);
			document = byNumber.values().stream().filter(found -> numberOf(found) == wanted).findFirst().orElse(null);
		}
		return document;
	}

	/** Moves every document whose next stage is due on; returns the changes that made. */
	synchronized List<Change> advance() {
		Instant now = clock.instant();
		int before = changes.size();
		for (Document document : byNumber.values()) {
			if (document.nextStepAt == null || now.isBefore(document.nextStepAt) || !document.isOpen()) {
				continue;
			}
			if ("REGISTERED".equals(document.status)) {
				document.official = OFFICIALS.get((int) ((numberOf(document) - 1) % OFFICIALS.size()));
				moveTo(document, "ASSIGNED");
				document.nextStepAt = now.plus(step);
			}
			else {
				moveTo(document, "IN_WORK");
				document.nextStepAt = null;
			}
		}
		return List.copyOf(changes.subList(before, changes.size()));
	}

	synchronized List<Change> changesAfter(long sequence, int limit) {
		return changes.stream().filter(change -> change.sequence() > sequence).limit(limit).toList();
	}

	/** {@code /_sim/documents}: one entry per appeal it heard of (numbered by the first document made for it). */
	synchronized List<Map<String, Object>> documents() {
		Set<String> appeals = new LinkedHashSet<>(byExternalId.keySet());
		appeals.addAll(attempts.keySet());
		List<Map<String, Object>> list = new ArrayList<>();
		for (String externalId : appeals) {
			List<Document> documents = byExternalId.getOrDefault(externalId, List.of());
			Document first = documents.isEmpty() ? null : documents.get(0);
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("externalId", externalId);
			json.put("number", first == null ? null : first.number);
			json.put("status", first == null ? null : first.status);
			json.put("registrations", documents.size());
			json.put("attempts", attempts.getOrDefault(externalId, 0));
			json.put("registeredAt", first == null ? null : first.registeredAt.toString());
			json.put("organization", first == null ? null : first.organization);
			json.put("official", first == null ? null : first.official);
			json.put("messages", first == null ? List.of() : List.copyOf(first.messages));
			json.put("information", first == null ? List.of() : List.copyOf(first.information));
			list.add(json);
		}
		return list;
	}

	/** The wire form of changes, read under the lock so each is a consistent snapshot. */
	synchronized List<Map<String, Object>> json(List<Change> list, String baseUrl) {
		return list.stream().map(change -> change.json(baseUrl)).toList();
	}

	private Stored remember(String idempotencyKey, Stored response) {
		responses.put(idempotencyKey, response);
		return response;
	}

	private void moveTo(Document document, String status) {
		document.status = status;
		change(document, null);
	}

	private void change(Document document, Map<String, Object> answer) {
		changes.add(new Change(changes.size() + 1, document, document.status, clock.instant(), answer, null));
	}

	private static long numberOf(Document document) {
		return Long.parseLong(document.number.substring(document.number.lastIndexOf('-') + 1));
	}

}
