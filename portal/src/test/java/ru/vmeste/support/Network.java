package ru.vmeste.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.chromium.ChromiumDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The browser's network switched off and on through the Chrome DevTools Protocol, as DevTools'
 * "Offline" does: for the page (requests fail at once, {@code navigator.onLine} turns false) and
 * for its service workers, which are targets of their own, reached over the browser's DevTools
 * socket.
 */
public final class Network {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<Browser, DevTools> OFFLINE = new ConcurrentHashMap<>();

	private Network() {
	}

	/**
	 * Switches the network off. Requests made while offline fail on purpose, so the errors they log
	 * (the failed loads, htmx's send errors) are declared expected for the rest of the journey.
	 */
	public static void offline(Browser browser) {
		browser.expectConsoleErrors("net::ERR_INTERNET_DISCONNECTED")
			.expectConsoleErrors("net::ERR_FAILED")
			.expectConsoleErrors("\"htmx:sendError")
			.expectConsoleErrors("\"htmx:afterRequest");
		conditions(browser, true);
		DevTools tools = DevTools.connect(browser);
		OFFLINE.put(browser, tools);
		tools.serviceWorkersOffline(true);
	}

	public static void online(Browser browser) {
		DevTools tools = OFFLINE.remove(browser);
		if (tools != null) {
			tools.serviceWorkersOffline(false);
			tools.close();
		}
		conditions(browser, false);
	}

	private static void conditions(Browser browser, boolean offline) {
		ChromiumDriver driver = (ChromiumDriver) browser.driver();
		driver.executeCdpCommand("Network.enable", Map.of());
		driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
				"downloadThroughput", -1, "uploadThroughput", -1));
	}

	private static Map<String, Object> conditions(boolean offline) {
		return Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1);
	}

	/** A plain CDP client on the browser's DevTools socket (Selenium has no CDP bindings for this Chromium). */
	private static final class DevTools implements WebSocket.Listener, AutoCloseable {

		private final AtomicInteger ids = new AtomicInteger();

		private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

		private final StringBuilder partial = new StringBuilder();

		private final List<String> sessions = new ArrayList<>();

		private WebSocket socket;

		static DevTools connect(Browser browser) {
			Object address = ((HasCapabilities) browser.driver()).getCapabilities().getCapability("se:cdp");
			DevTools tools = new DevTools();
			tools.socket = HttpClient.newHttpClient().newWebSocketBuilder()
				.buildAsync(URI.create(String.valueOf(address)), tools)
				.join();
			return tools;
		}

		void serviceWorkersOffline(boolean offline) {
			if (offline) {
				for (JsonNode target : send("Target.getTargets", Map.of(), null).path("targetInfos")) {
					if ("service_worker".equals(target.path("type").asString())) {
						String session = send("Target.attachToTarget",
								Map.of("targetId", target.path("targetId").asString(), "flatten", true), null)
							.path("sessionId")
							.asString();
						sessions.add(session);
					}
				}
			}
			for (String session : sessions) {
				send("Network.enable", Map.of(), session);
				send("Network.emulateNetworkConditions", conditions(offline), session);
			}
		}

		private JsonNode send(String method, Map<String, Object> params, String session) {
			int id = ids.incrementAndGet();
			CompletableFuture<JsonNode> answer = new CompletableFuture<>();
			pending.put(id, answer);
			Map<String, Object> message = session == null ? Map.of("id", id, "method", method, "params", params)
					: Map.of("id", id, "method", method, "params", params, "sessionId", session);
			socket.sendText(JSON.writeValueAsString(message), true).join();
			try {
				JsonNode result = answer.get(15, TimeUnit.SECONDS);
				if (result.has("error")) {
					throw new IllegalStateException(method + ": " + result.get("error"));
				}
				return result.path("result");
			}
			catch (Exception ex) {
				throw new IllegalStateException("DevTools " + method + " failed", ex);
			}
		}

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			partial.append(data);
			if (last) {
				JsonNode message = JSON.readTree(partial.toString());
				partial.setLength(0);
				if (message.has("id")) {
					CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
					if (answer != null) {
						answer.complete(message);
					}
				}
			}
			webSocket.request(1);
			return null;
		}

		@Override
		public void close() {
			socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
		}

	}

}
