package ru.vmeste.edms.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * What the tests call the simulator with: signed requests as the portal makes them.
 */
final class Portalish {

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String baseUrl;

	private final Signatures signatures;

	Portalish(String baseUrl, String secret, Clock clock) {
		this.baseUrl = baseUrl;
		this.signatures = new Signatures(secret, clock, Duration.ofMinutes(5));
	}

	HttpResponse<String> register(String key, String externalId, long sequence) throws IOException, InterruptedException {
		return post("/documents", key, Map.of("externalId", externalId, "sequence", sequence, "organization",
				Map.of("code", "roads"), "text", "Яма на дороге"));
	}

	HttpResponse<String> post(String target, String key, Map<String, Object> json) throws IOException, InterruptedException {
		return post(target, key, Json.write(json), signatures.now(), null);
	}

	HttpResponse<String> post(String target, String key, String body, long timestamp, String signature)
			throws IOException, InterruptedException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return client.send(HttpRequest.newBuilder(URI.create(baseUrl + target))
			.timeout(Duration.ofSeconds(2))
			.header(Signatures.TIMESTAMP, Long.toString(timestamp))
			.header(Signatures.IDEMPOTENCY_KEY, key)
			.header(Signatures.SIGNATURE,
					signature != null ? signature : signatures.sign(timestamp, "POST " + target, key, bytes))
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String target) throws IOException, InterruptedException {
		long timestamp = signatures.now();
		return client.send(HttpRequest.newBuilder(URI.create(baseUrl + target))
			.timeout(Duration.ofSeconds(2))
			.header(Signatures.TIMESTAMP, Long.toString(timestamp))
			.header(Signatures.IDEMPOTENCY_KEY, "poll")
			.header(Signatures.SIGNATURE, signatures.sign(timestamp, "GET " + target, "poll", new byte[0]))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	boolean responseIsSigned(HttpResponse<String> response, String subject, String key) {
		return signatures.verify(response.headers().firstValue(Signatures.TIMESTAMP).orElse(null),
				response.headers().firstValue(Signatures.SIGNATURE).orElse(null),
				"RESPONSE " + response.statusCode() + " " + subject, key,
				response.body().getBytes(StandardCharsets.UTF_8));
	}

	static String encode(String segment) {
		return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
