package ru.vmeste.edms.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import ru.vmeste.edms.connector.ChangePage;
import ru.vmeste.edms.connector.DocumentMessage;
import ru.vmeste.edms.connector.EdmsConnector;
import ru.vmeste.edms.connector.EdmsRefused;
import ru.vmeste.edms.connector.EdmsUnavailable;
import ru.vmeste.edms.connector.FileLink;
import ru.vmeste.edms.connector.OutgoingDocument;
import ru.vmeste.edms.connector.Registration;

/**
 * The reference connector: the HTTPS + JSON protocol of docs/edms.md, which the simulator
 * speaks too. Every request is signed and carries an idempotency key; every answer must be
 * signed back, or it is not believed.
 */
public class HttpJsonConnector implements EdmsConnector {

	private final URI baseUrl;

	private final MessageSignatures signatures;

	private final JsonMapper json;

	private final HttpClient client;

	private final Duration readTimeout;

	public HttpJsonConnector(URI baseUrl, MessageSignatures signatures, JsonMapper json, Duration connectTimeout,
			Duration readTimeout) {
		String base = baseUrl.toString();
		this.baseUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
		this.signatures = signatures;
		// the wire form is the protocol's, whatever the portal's own JSON settings: ISO-8601 times, and
		// fields an EDMS adds are ignored
		this.json = json.rebuild()
			.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build();
		this.readTimeout = readTimeout;
		this.client = HttpClient.newBuilder()
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Override
	public Registration register(OutgoingDocument document, String idempotencyKey) {
		byte[] answer = exchange("POST", "/documents", json.writeValueAsBytes(document), idempotencyKey);
		return read(answer, Registration.class);
	}

	@Override
	public void send(String number, DocumentMessage message, String idempotencyKey) {
		exchange("POST", "/documents/" + encode(number) + "/events", json.writeValueAsBytes(message), idempotencyKey);
	}

	@Override
	public void attach(String number, long sequence, List<FileLink> files, String idempotencyKey) {
		exchange("POST", "/documents/" + encode(number) + "/files",
				json.writeValueAsBytes(Map.of("sequence", sequence, "files", files)), idempotencyKey);
	}

	@Override
	public ChangePage changesSince(@Nullable String cursor, int limit) {
		String target = "/changes?since=" + (cursor == null ? "" : encode(cursor)) + "&limit=" + limit;
		return read(exchange("GET", target, new byte[0], UUID.randomUUID().toString()), ChangePage.class);
	}

	@Override
	public byte[] download(URI file, long maxBytes) {
		String url = file.toString();
		if (!url.startsWith(baseUrl + "/")) {
			throw new EdmsRefused("the file " + url + " is not on the EDMS (" + baseUrl + ")");
		}
		byte[] bytes = exchange("GET", url.substring(baseUrl.toString().length()), new byte[0], UUID.randomUUID().toString());
		if (bytes.length > maxBytes) {
			throw new EdmsRefused("the file " + url + " is larger than " + maxBytes + " bytes");
		}
		return bytes;
	}

	/** One signed request; its answer's body once the answer's signature checks out. */
	private byte[] exchange(String method, String target, byte[] body, String idempotencyKey) {
		String subject = method + " " + target;
		long timestamp = signatures.now();
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + target))
			.timeout(readTimeout)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header(MessageSignatures.TIMESTAMP, Long.toString(timestamp))
			.header(MessageSignatures.IDEMPOTENCY_KEY, idempotencyKey)
			.header(MessageSignatures.SIGNATURE, signatures.sign(timestamp, subject, idempotencyKey, body))
			.method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		String what = method + " " + URLDecoder.decode(target, StandardCharsets.UTF_8);
		HttpResponse<InputStream> response;
		byte[] answer;
		try {
			response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream in = response.body()) {
				answer = in.readAllBytes();
			}
		}
		catch (HttpTimeoutException ex) {
			throw new EdmsUnavailable("no answer to " + what + " within " + readTimeout, ex);
		}
		catch (IOException ex) {
			throw new EdmsUnavailable("could not reach the EDMS for " + what + ": " + describe(ex), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new EdmsUnavailable("interrupted while waiting for " + what, ex);
		}
		int status = response.statusCode();
		if (status >= 500 || status == 401 || status == 403 || status == 429) {
			throw new EdmsUnavailable("the EDMS answered " + what + " with HTTP " + status);
		}
		if (status >= 300) {
			throw new EdmsRefused("the EDMS refused " + what + " with HTTP " + status + ": " + excerpt(answer));
		}
		if (!signatures.verify(response.headers().firstValue(MessageSignatures.TIMESTAMP).orElse(null),
				response.headers().firstValue(MessageSignatures.SIGNATURE).orElse(null),
				"RESPONSE " + status + " " + subject, idempotencyKey, answer)) {
			throw new EdmsUnavailable("the EDMS's answer to " + what + " is not signed with the shared secret");
		}
		return answer;
	}

	private <T> T read(byte[] answer, Class<T> type) {
		try {
			return json.readValue(answer, type);
		}
		catch (JacksonException ex) {
			throw new EdmsRefused("the EDMS's answer is not what the protocol says: " + ex.getOriginalMessage());
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String describe(IOException ex) {
		return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getClass().getSimpleName() + " " + ex.getMessage();
	}

	private static String excerpt(byte[] answer) {
		String text = new String(answer, StandardCharsets.UTF_8);
		return text.length() > 200 ? text.substring(0, 200) + "…" : text;
	}

}
