package ru.vmeste.edms.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;

/**
 * The EDMS side of the reference protocol (docs/edms.md): register a document, take later
 * messages and files about it, hand out its answer, list changes since a cursor. Every request
 * must be signed within the replay window; every response is signed back.
 */
final class EdmsApi {

	private static final Pattern DOCUMENT = Pattern.compile("/documents/([^/]+)/(events|files|answer\\.pdf)");

	private final Registry registry;

	private final Signatures signatures;

	private final Supplier<String> baseUrl;

	private final Supplier<EdmsSimulator.Mode> mode;

	private final Duration slowDelay;

	private final PortalWebhook webhook;

	private final AtomicLong polls = new AtomicLong();

	private final AtomicLong requests = new AtomicLong();

	EdmsApi(Registry registry, Signatures signatures, Supplier<String> baseUrl, Supplier<EdmsSimulator.Mode> mode,
			Duration slowDelay, PortalWebhook webhook) {
		this.registry = registry;
		this.signatures = signatures;
		this.baseUrl = baseUrl;
		this.mode = mode;
		this.slowDelay = slowDelay;
		this.webhook = webhook;
	}

	long polls() {
		return polls.get();
	}

	long requests() {
		return requests.get();
	}

	void handle(HttpExchange exchange) throws IOException {
		requests.incrementAndGet();
		byte[] body = exchange.getRequestBody().readAllBytes();
		String subject = exchange.getRequestMethod() + " " + Http.target(exchange);
		String key = exchange.getRequestHeaders().getFirst(Signatures.IDEMPOTENCY_KEY);
		registry.attempted(appealOf(exchange, body));
		EdmsSimulator.Mode now = mode.get();
		if (now == EdmsSimulator.Mode.DOWN) {
			exchange.close();
			return;
		}
		if (now == EdmsSimulator.Mode.ERROR) {
			Http.json(exchange, 500, Map.of("error", "the EDMS is failing (simulated)"));
			return;
		}
		if (!signatures.verify(exchange.getRequestHeaders().getFirst(Signatures.TIMESTAMP),
				exchange.getRequestHeaders().getFirst(Signatures.SIGNATURE), subject, key, body)) {
			Http.json(exchange, 401, Map.of("error", "bad or stale signature"));
			return;
		}
		Registry.Stored response;
		byte[] file = null;
		try {
			response = route(exchange, body, key);
			if (response == null) {
				Matcher answer = DOCUMENT.matcher(exchange.getRequestURI().getPath());
				file = answer.matches() ? registry.answerFile(answer.group(1)).orElse(null) : null;
				response = file == null ? new Registry.Stored(404, Json.write(Map.of("error", "not found"))) : null;
			}
		}
		catch (IllegalArgumentException ex) {
			response = new Registry.Stored(400, Json.write(Map.of("error", String.valueOf(ex.getMessage()))));
		}
		if (now == EdmsSimulator.Mode.SLOW && !sleep(slowDelay)) {
			exchange.close();
			return;
		}
		webhook.notifyPortal();
		respond(exchange, subject, key, response, file);
	}

	private Registry.Stored route(HttpExchange exchange, byte[] body, String key) {
		String method = exchange.getRequestMethod();
		String path = exchange.getRequestURI().getPath();
		if ("GET".equals(method) && "/changes".equals(path)) {
			return changes(exchange);
		}
		if (!"POST".equals(method)) {
			return null;
		}
		if (key == null || key.isBlank()) {
			throw new IllegalArgumentException("an Idempotency-Key header is required");
		}
		Map<String, Object> json = Json.object(new String(body, StandardCharsets.UTF_8));
		if ("/documents".equals(path)) {
			Object deadline = json.get("deadline");
			return registry.registerOnce(key, required(json, "externalId"), organizationOf(json),
					deadline == null ? null : LocalDate.parse(deadline.toString()), sequenceOf(json));
		}
		Matcher document = DOCUMENT.matcher(path);
		if (!document.matches() || "answer.pdf".equals(document.group(2))) {
			return null;
		}
		String type = "files".equals(document.group(2)) ? "FILES" : required(json, "type");
		return registry.messageOnce(key, document.group(1), type, sequenceOf(json), organizationOf(json),
				Boolean.TRUE.equals(json.get("withdrawn")), json.get("text") == null ? null : json.get("text").toString());
	}

	private Registry.Stored changes(HttpExchange exchange) {
		polls.incrementAndGet();
		String since = Http.query(exchange, "since");
		String limit = Http.query(exchange, "limit");
		long cursor = since == null || since.isBlank() ? 0 : Long.parseLong(since);
		var changes = registry.changesAfter(cursor, limit == null ? 100 : Math.min(500, Integer.parseInt(limit)));
		long next = changes.isEmpty() ? cursor : changes.get(changes.size() - 1).sequence();
		return new Registry.Stored(200, Json.write(Map.of("changes", registry.json(changes, baseUrl.get()), "cursor",
				Long.toString(next))));
	}

	private void respond(HttpExchange exchange, String subject, String key, Registry.Stored response, byte[] file)
			throws IOException {
		int status = response == null ? 200 : response.status();
		byte[] body = file != null ? file : response.body().getBytes(StandardCharsets.UTF_8);
		long timestamp = signatures.now();
		exchange.getResponseHeaders().set(Signatures.TIMESTAMP, Long.toString(timestamp));
		exchange.getResponseHeaders()
			.set(Signatures.SIGNATURE, signatures.sign(timestamp, "RESPONSE " + status + " " + subject,
					key == null ? "" : key, body));
		Http.send(exchange, status, file != null ? "application/pdf" : "application/json", body);
	}

	/** The appeal a request is about, to count attempts per appeal. */
	private String appealOf(HttpExchange exchange, byte[] body) {
		String path = exchange.getRequestURI().getPath();
		Matcher document = DOCUMENT.matcher(path);
		if (document.matches()) {
			return registry.externalIdOf(document.group(1)).orElse(null);
		}
		if ("/documents".equals(path)) {
			try {
				Object id = Json.object(new String(body, StandardCharsets.UTF_8)).get("externalId");
				return id == null ? null : id.toString();
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		return null;
	}

	private static boolean sleep(Duration delay) {
		try {
			Thread.sleep(delay.toMillis());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static String required(Map<String, Object> json, String name) {
		Object value = json.get(name);
		if (value == null || value.toString().isBlank()) {
			throw new IllegalArgumentException("\"" + name + "\" is required");
		}
		return value.toString();
	}

	private static long sequenceOf(Map<String, Object> json) {
		return json.get("sequence") instanceof Number number ? number.longValue() : 0;
	}

	@SuppressWarnings("unchecked")
	private static String organizationOf(Map<String, Object> json) {
		return json.get("organization") instanceof Map<?, ?> organization
				? String.valueOf(((Map<String, Object>) organization).get("code")) : null;
	}

}
