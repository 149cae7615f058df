package ru.vmeste.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import ru.vmeste.VmesteApplication;
import ru.vmeste.support.EmbeddedPostgresControl;
import ru.vmeste.support.TestJvm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With PostgreSQL stopped for 30 seconds the portal answers what needs the database with 503: a
 * friendly page (people) or problem+json (API), never a stack trace; it is not ready while alive;
 * once PostgreSQL is back it recovers by itself. (What the portal keeps in memory, such as the
 * topic catalog, may still be served during the outage.) Its portal is its own and mostly waits,
 * so it runs beside the other integration tests
 * (never beside one that measures this JVM's heap).
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(TestJvm.HEAP)
class DatabaseOutageIT {

	private static final Duration OUTAGE = Duration.ofSeconds(30);

	@TempDir
	Path dataDir;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void aStoppedDatabaseMeans503AndTheRecoveryNeedsNobody() throws Exception {
		try (ConfigurableApplicationContext portal = SpringApplication.run(VmesteApplication.class,
				"--vmeste.db.embedded.data-dir=" + dataDir, "--vmeste.db.embedded.clean=true", "--server.port=0",
				"--vmeste.demo-data=false", "--vmeste.scheduling.enabled=false",
				// a request gives up waiting for a connection after 3 s (Hikari's default is 30 s)
				"--spring.datasource.hikari.connection-timeout=3000")) {
			String base = "http://127.0.0.1:" + portal.getEnvironment().getProperty("local.server.port");
			assertThat(get(base + "/actuator/health/readiness", "application/json").statusCode()).isEqualTo(200);
			assertThat(get(base + "/api/v1/works", "application/json").statusCode()).isEqualTo(200);
			EmbeddedPostgresControl postgres = new EmbeddedPostgresControl(dataDir);

			postgres.stop();
			Instant stopped = Instant.now();
			int[] probes = new int[1];
			await().during(OUTAGE).atMost(OUTAGE.plusSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
				probes[0]++;
				// all at once: each waits up to the pool's connection timeout
				var page = send(base + "/works", "text/html");
				var api = send(base + "/api/v1/works", "application/json");
				var session = send(base + "/api/v1/works", "application/json", "SESSION=ZmFrZS1zZXNzaW9u");
				var readiness = send(base + "/actuator/health/readiness", "application/json");
				var liveness = send(base + "/actuator/health/liveness", "application/json");
				HttpResponse<String> shown = page.join();
				HttpResponse<String> problem = api.join();
				return shown.statusCode() == 503 && shown.body().contains("Портал временно недоступен")
						&& shown.headers().firstValue("Retry-After").isPresent() && problem.statusCode() == 503
						&& problem.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
						&& problem.body().contains("\"status\":503") && session.join().statusCode() == 503
						&& noStackTrace(shown.body()) && noStackTrace(problem.body())
						&& readiness.join().statusCode() == 503 && liveness.join().statusCode() == 200;
			});
			System.out.printf("Database outage: %d probes over %d s, every one answered 503 (page and problem+json), not ready, alive%n",
					probes[0], Duration.between(stopped, Instant.now()).toSeconds());

			postgres.start();
			Instant restarted = Instant.now();
			await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
				.until(() -> get(base + "/actuator/health/readiness", "application/json").statusCode() == 200
						&& get(base + "/api/v1/works", "application/json").statusCode() == 200
						&& get(base + "/works", "text/html").statusCode() == 200);
			System.out.printf("Database back: the portal ready again after %d ms, by itself%n",
					Duration.between(restarted, Instant.now()).toMillis());
		}
	}

	private static boolean noStackTrace(String body) {
		return !body.contains("Exception") && !body.contains("\tat ") && !body.contains("at org.");
	}

	private java.util.concurrent.CompletableFuture<HttpResponse<String>> send(String url, String accept,
			String... cookie) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
			.header("Accept", accept);
		for (String value : cookie) {
			request.header("Cookie", value);
		}
		return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String url, String accept, String... cookie) throws IOException,
			InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
			.header("Accept", accept);
		for (String value : cookie) {
			request.header("Cookie", value);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
