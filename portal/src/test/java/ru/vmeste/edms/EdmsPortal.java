package ru.vmeste.edms;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import ru.vmeste.VmesteApplication;
import ru.vmeste.edms.simulator.EdmsSimulator;

/**
 * A whole portal instance with an EDMS, for the tests that need one: its own database in the
 * shared embedded PostgreSQL (so the EDMS channel of the demo organization does not reach the
 * other tests), demo data, scheduling on with a sync look every 100 ms, short timeouts towards
 * the simulator (2 s, against its 30 s when slow), and the test's {@link SharedClock}. Several
 * instances on one database are a cluster.
 */
public final class EdmsPortal implements AutoCloseable {

	public static final String SECRET = "edms-test-secret";

	private final ConfigurableApplicationContext context;

	private final RestClient client;

	private EdmsPortal(ConfigurableApplicationContext context) {
		this.context = context;
		this.client = RestClient.builder().baseUrl(url()).build();
	}

	/** Starts an instance over {@code database}, talking to the simulator; {@code settings} as {@code name=value}. */
	public static EdmsPortal start(String database, EdmsSimulator simulator, SharedClock clock, String... settings) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--vmeste.db.embedded.database=" + database,
				"--vmeste.demo-data=true", "--vmeste.scheduling.enabled=true", "--vmeste.edms.base-url=" + simulator.url(),
				"--vmeste.edms.secret=" + SECRET, "--vmeste.edms.tick=100ms", "--vmeste.edms.connect-timeout=2s",
				"--vmeste.edms.read-timeout=2s", "--vmeste.edms.max-backoff=30m", "--vmeste.mail.capture=true"));
		for (String setting : settings) {
			args.add("--" + setting);
		}
		ConfigurableApplicationContext context = new SpringApplicationBuilder(VmesteApplication.class)
			.initializers(created -> ((GenericApplicationContext) created).registerBean("testClock", Clock.class,
					() -> clock, definition -> definition.setPrimary(true)))
			.run(args.toArray(String[]::new));
		return new EdmsPortal(context);
	}

	public String url() {
		return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	public RestClient client() {
		return client;
	}

	/** {@code Bearer <token>} of a demo account. */
	public String bearer(String email) {
		String body = client.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"email\":\"" + email + "\",\"password\":\"vmeste-demo\"}")
			.retrieve()
			.body(String.class);
		return "Bearer " + JsonPath.read(body, "$.token");
	}

	/** A GET as the bearer (null: anonymous); any status is answered, none thrown. */
	public ResponseEntity<String> get(String path, String bearer) {
		return client.get()
			.uri(path)
			.headers(headers -> {
				if (bearer != null) {
					headers.set("Authorization", bearer);
				}
			})
			.retrieve()
			.onStatus(status -> true, (request, response) -> {
			})
			.toEntity(String.class);
	}

	/** A JSON POST as the bearer; any status is answered, none thrown. */
	public ResponseEntity<String> post(String path, String bearer, String json) {
		return client.post()
			.uri(path)
			.header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.retrieve()
			.onStatus(status -> true, (request, response) -> {
			})
			.toEntity(String.class);
	}

	/** The id of the topic with the code. */
	public String topic(String code) {
		List<String> ids = JsonPath.read(get("/api/v1/topics", null).getBody(), "$[?(@.code == '" + code + "')].id");
		return ids.getFirst();
	}

	/** Reports a problem as the resident and answers the appeal's id. */
	public String report(String resident, String topicId, double lat, double lon, String text) {
		ResponseEntity<String> created = post("/api/v1/appeals", resident,
				"{\"topicId\":\"%s\",\"lat\":%s,\"lon\":%s,\"text\":\"%s\"}".formatted(topicId, lat, lon, text));
		if (created.getStatusCode().value() != 201) {
			throw new IllegalStateException("appeal not accepted: " + created);
		}
		return JsonPath.read(created.getBody(), "$.id");
	}

	/** Publishes the appeal as the moderator once it is in the queue. */
	public void publish(String moderator, String appeal) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> post("/api/v1/moderation/appeals/" + appeal + "/decision", moderator,
					"{\"decision\":\"PUBLISH\"}").getStatusCode().value(), status -> status != 404);
	}

	/** The appeal as the API shows it to the bearer. */
	public DocumentContext appeal(String appeal, String bearer) {
		return JsonPath.parse(get("/api/v1/appeals/" + appeal, bearer).getBody());
	}

	@Override
	public void close() {
		context.close();
	}

}
