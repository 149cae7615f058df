package ru.vmeste.edms.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Calls the portal's webhook with every change, in order, once: a change the portal did not
 * take (it was down, or refused the call) is left to the portal's polling, as a real EDMS's
 * fire-and-forget notification would be. While the simulator is down it calls nobody.
 */
final class PortalWebhook implements AutoCloseable {

	static final String PATH = "/api/v1/edms/webhook";

	private static final int BATCH = 20;

	private final Registry registry;

	private final Signatures signatures;

	private final Supplier<String> baseUrl;

	private final Supplier<EdmsSimulator.Mode> mode;

	private final ExecutorService sender = Executors.newSingleThreadExecutor(EdmsSimulator.daemon("edms-simulator-webhook"));

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final AtomicBoolean queued = new AtomicBoolean();

	private final AtomicLong sent = new AtomicLong();

	private final AtomicLong failed = new AtomicLong();

	private volatile String portalUrl;

	private volatile long notifiedUpTo;

	PortalWebhook(Registry registry, Signatures signatures, Supplier<String> baseUrl, Supplier<EdmsSimulator.Mode> mode) {
		this.registry = registry;
		this.signatures = signatures;
		this.baseUrl = baseUrl;
		this.mode = mode;
	}

	void portalUrl(String portalUrl) {
		this.portalUrl = portalUrl == null || portalUrl.isBlank() ? null : portalUrl.replaceAll("/+$", "");
	}

	boolean hasPending() {
		return portalUrl != null && mode.get() != EdmsSimulator.Mode.DOWN
				&& !registry.changesAfter(notifiedUpTo, 1).isEmpty();
	}

	/** Sends what the portal has not heard of yet, on the sender thread. */
	void notifyPortal() {
		if (portalUrl != null && queued.compareAndSet(false, true)) {
			sender.execute(() -> {
				queued.set(false);
				sendPending();
			});
		}
	}

	long sent() {
		return sent.get();
	}

	long failed() {
		return failed.get();
	}

	private void sendPending() {
		while (hasPending()) {
			List<Change> changes = registry.changesAfter(notifiedUpTo, BATCH);
			byte[] body = Json.write(Map.of("changes", registry.json(changes, baseUrl.get())))
				.getBytes(StandardCharsets.UTF_8);
			String key = "webhook-" + changes.get(0).id() + "-" + changes.get(changes.size() - 1).id();
			long timestamp = signatures.now();
			try {
				HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(portalUrl + PATH))
					.timeout(Duration.ofSeconds(10))
					.header("Content-Type", "application/json")
					.header(Signatures.TIMESTAMP, Long.toString(timestamp))
					.header(Signatures.IDEMPOTENCY_KEY, key)
					.header(Signatures.SIGNATURE, signatures.sign(timestamp, "POST " + PATH, key, body))
					.POST(HttpRequest.BodyPublishers.ofByteArray(body))
					.build(), HttpResponse.BodyHandlers.discarding());
				(response.statusCode() / 100 == 2 ? sent : failed).incrementAndGet();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (java.io.IOException ex) {
				failed.incrementAndGet();
			}
			notifiedUpTo = changes.get(changes.size() - 1).sequence();
		}
	}

	@Override
	public void close() {
		sender.shutdownNow();
	}

}
