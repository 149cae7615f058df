package ru.vmeste.edms.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;

/**
 * The {@code /_sim} endpoints tests and demos steer the simulator with (API.md, "EDMS"); they
 * answer in every mode and need no signature.
 */
final class ControlApi {

	private static final Pattern ANSWER = Pattern.compile("/_sim/documents/([^/]+)/answer");

	private static final Pattern QUESTION = Pattern.compile("/_sim/documents/([^/]+)/question");

	private final EdmsSimulator simulator;

	private final Registry registry;

	private final SimulatorClock clock;

	ControlApi(EdmsSimulator simulator, Registry registry, SimulatorClock clock) {
		this.simulator = simulator;
		this.registry = registry;
		this.clock = clock;
	}

	void handle(HttpExchange exchange) throws IOException {
		String method = exchange.getRequestMethod();
		String path = exchange.getRequestURI().getPath();
		try {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			Matcher answer = ANSWER.matcher(path);
			if ("GET".equals(method) && "/_sim/documents".equals(path)) {
				Http.json(exchange, 200, registry.documents());
			}
			else if ("POST".equals(method) && answer.matches()) {
				Object text = Json.object(body).get("text");
				String number = simulator.answer(answer.group(1), text == null ? "" : text.toString());
				Http.json(exchange, 200, Map.of("number", number, "status", "ANSWERED"));
			}
			else if ("POST".equals(method) && QUESTION.matcher(path).matches()) {
				Matcher question = QUESTION.matcher(path);
				question.matches();
				Object text = Json.object(body).get("text");
				String number = simulator.ask(question.group(1), text == null ? "" : text.toString());
				Http.json(exchange, 200, Map.of("number", number, "asked", true));
			}
			else if ("/_sim/mode".equals(path) && "POST".equals(method)) {
				simulator.mode(EdmsSimulator.Mode.parse(String.valueOf(Json.object(body).get("mode"))));
				Http.json(exchange, 200, Map.of("mode", simulator.mode().name().toLowerCase()));
			}
			else if ("/_sim/mode".equals(path)) {
				Http.json(exchange, 200, Map.of("mode", simulator.mode().name().toLowerCase()));
			}
			else if ("/_sim/clock".equals(path) && "POST".equals(method)) {
				simulator.advanceClock(Durations.parse(String.valueOf(Json.object(body).get("advance"))));
				Http.json(exchange, 200, Map.of("now", clock.instant().toString()));
			}
			else if ("/_sim/clock".equals(path)) {
				Http.json(exchange, 200, Map.of("now", clock.instant().toString()));
			}
			else if ("/_sim/stats".equals(path)) {
				Http.json(exchange, 200, simulator.stats());
			}
			else {
				Http.json(exchange, 404, Map.of("error", "not found"));
			}
		}
		catch (IllegalArgumentException ex) {
			Http.json(exchange, 400, Map.of("error", String.valueOf(ex.getMessage())));
		}
		catch (IllegalStateException ex) {
			Http.json(exchange, 409, Map.of("error", String.valueOf(ex.getMessage())));
		}
	}

}
