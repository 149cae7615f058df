package ru.vmeste.drills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API as a client outside the portal sees it, for the drills: JSON in and out over HTTP,
 * bearer tokens, multipart photos.
 */
final class PortalClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http;

	private volatile String base;

	PortalClient(String base) {
		this.base = base;
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	}

	void moveTo(String base) {
		this.base = base;
	}

	String base() {
		return base;
	}

	/** A response: status, body and the body as JSON when it is JSON. */
	record Answer(int status, String body) {

		JsonNode json() {
			return JSON.readTree(body);
		}

	}

	Answer get(String path, String bearer) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json");
		if (bearer != null) {
			request.header("Authorization", bearer);
		}
		return send(request.GET());
	}

	byte[] bytes(String path, String bearer) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
			if (bearer != null) {
				request.header("Authorization", bearer);
			}
			HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(path + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	Answer delete(String path, String bearer) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json")
			.header("Authorization", bearer);
		return send(request.DELETE());
	}

	Answer post(String path, String bearer, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json").header("Accept", "application/json");
		if (bearer != null) {
			request.header("Authorization", bearer);
		}
		return send(request.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	Answer upload(String path, String bearer, String fileName, String contentType, byte[] content) {
		String boundary = "drill" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", bearer)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	String token(String email, String password) {
		Answer answer = post("/api/v1/auth/token", null,
				"{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
		if (answer.status() != 200) {
			throw new IllegalStateException("No token for " + email + ": " + answer);
		}
		return "Bearer " + answer.json().path("token").asString();
	}

	/** A topic residents report on (the demo's pothole, else the first child topic). */
	String topic() {
		JsonNode topics = get("/api/v1/topics", null).json();
		return topics.valueStream().filter(topic -> "pothole".equals(topic.path("code").asString()))
			.findFirst()
			.or(() -> topics.valueStream().filter(topic -> !topic.path("parentId").isNull()).findFirst())
			.orElse(topics.get(0))
			.path("id")
			.asString();
	}

	/** The ids of the votes in the given status. */
	List<String> votes(String status) {
		return get("/api/v1/votes?size=200", null).json().path("items").valueStream()
			.filter(vote -> status.equals(vote.path("status").asString()))
			.map(vote -> vote.path("id").asString())
			.toList();
	}

	private Answer send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
