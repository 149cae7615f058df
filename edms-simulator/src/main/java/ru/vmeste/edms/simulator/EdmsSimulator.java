package ru.vmeste.edms.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for a municipal EDMS (СЭД) speaking the portal's reference protocol
 * (docs/edms.md): it registers appeals as documents numbered like {@code ОГ-2026-000123},
 * moves them through a workflow on its own clock, lets a test answer them, reports every change
 * to the portal's webhook and to polls, and can be told to fail. Tests run it in process;
 * {@link Main} runs it as {@code java -jar edms-simulator.jar}.
 */
public final class EdmsSimulator implements AutoCloseable {

	/** How the simulated EDMS answers its API (the {@code /_sim} endpoints answer in every mode). */
	public enum Mode {

		/** Works normally. */
		UP,
		/** Drops every connection without an answer, as a dead server behind a proxy would. */
		DOWN,
		/** Answers HTTP 500. */
		ERROR,
		/** Does the work but answers only after the slow delay (30 s unless configured). */
		SLOW;

		static Mode parse(String mode) {
			return valueOf(mode.trim().toUpperCase(Locale.ROOT));
		}

	}

	private final SimulatorClock clock;

	private final Registry registry;

	private final Signatures signatures;

	private final Duration slowDelay;

	private final PortalWebhook webhook;

	private final EdmsApi api;

	private final ControlApi control;

	private volatile Mode mode = Mode.UP;

	private int port;

	private HttpServer server;

	private ExecutorService handlers;

	private ScheduledExecutorService ticker;

	private EdmsSimulator(Builder builder) {
		this.clock = new SimulatorClock(builder.clock);
		this.registry = new Registry(clock, builder.workflowStep);
		this.signatures = new Signatures(builder.secret, clock, builder.replayWindow);
		this.slowDelay = builder.slowDelay;
		this.port = builder.port;
		this.webhook = new PortalWebhook(registry, signatures, this::url, this::mode);
		this.webhook.portalUrl(builder.portalUrl);
		this.api = new EdmsApi(registry, signatures, this::url, this::mode, slowDelay, webhook);
		this.control = new ControlApi(this, registry, clock);
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Starts listening (on a free port when none was given) and moving the workflow on. */
	public synchronized EdmsSimulator start() {
		listen();
		ticker = Executors.newSingleThreadScheduledExecutor(daemon("edms-simulator-workflow"));
		ticker.scheduleWithFixedDelay(this::tick, 100, 100, TimeUnit.MILLISECONDS);
		return this;
	}

	/** Stops listening: callers now get "connection refused". What the EDMS knows is kept. */
	public synchronized void stopListening() {
		if (server != null) {
			server.stop(0);
			handlers.shutdownNow();
			server = null;
		}
	}

	/** Listens again on the same port after {@link #stopListening()}. */
	public synchronized void listen() {
		if (server != null) {
			return;
		}
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot listen on port " + port, ex);
		}
		port = server.getAddress().getPort();
		handlers = Executors.newCachedThreadPool(daemon("edms-simulator-http"));
		server.setExecutor(handlers);
		server.createContext("/_sim/", control::handle);
		server.createContext("/", api::handle);
		server.start();
	}

	public int port() {
		return port;
	}

	/** The EDMS's base URL, which the portal's {@code vmeste.edms.base-url} points at. */
	public String url() {
		return "http://127.0.0.1:" + port;
	}

	public Mode mode() {
		return mode;
	}

	public void mode(Mode mode) {
		this.mode = mode;
	}

	/** Where the webhook goes: the portal's base URL, or null for an EDMS the portal must poll. */
	public void portalUrl(String portalUrl) {
		webhook.portalUrl(portalUrl);
	}

	/** The simulator's own clock, moved on to make the workflow go faster. */
	public void advanceClock(Duration by) {
		clock.advance(by);
		tick();
	}

	/** {@code GET /_sim/documents}: one entry per appeal with its number, status, registrations and attempts. */
	public List<Map<String, Object>> documents() {
		return registry.documents();
	}

	/**
	 * {@code POST /_sim/documents/{number}/answer}: the official answers (with a PDF letter); the
	 * portal hears of it. The document may be named by its number, its number's digits
	 * ({@code 000123}) or the appeal's id. Answers the document's number.
	 */
	public String answer(String document, String text) {
		String number = registry.answer(document, text).number;
		webhook.notifyPortal();
		return number;
	}

	/** {@code POST /_sim/documents/{number}/question}: the official asks the author something through the portal. */
	public String ask(String document, String question) {
		String number = registry.ask(document, question).number;
		webhook.notifyPortal();
		return number;
	}

	/** How many change polls, webhook calls and failed webhook calls there were. */
	public Map<String, Long> stats() {
		return Map.of("polls", api.polls(), "requests", api.requests(), "webhooks", webhook.sent(), "webhookFailures",
				webhook.failed());
	}

	@Override
	public synchronized void close() {
		stopListening();
		if (ticker != null) {
			ticker.shutdownNow();
		}
		webhook.close();
	}

	private void tick() {
		if (!registry.advance().isEmpty() || webhook.hasPending()) {
			webhook.notifyPortal();
		}
	}

	static java.util.concurrent.ThreadFactory daemon(String name) {
		return runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		};
	}

	/** The simulator's settings; the defaults are those of {@code java -jar edms-simulator.jar}. */
	public static final class Builder {

		private int port;

		private String portalUrl;

		private String secret = "demo-secret-edms";

		private Clock clock = Clock.systemUTC();

		private Duration workflowStep = Duration.ofMinutes(2);

		private Duration slowDelay = Duration.ofSeconds(30);

		private Duration replayWindow = Duration.ofMinutes(5);

		public Builder port(int port) {
			this.port = port;
			return this;
		}

		public Builder portalUrl(String portalUrl) {
			this.portalUrl = portalUrl;
			return this;
		}

		public Builder secret(String secret) {
			this.secret = secret;
			return this;
		}

		/** The clock the simulator starts from; {@link #advanceClock} moves it on. */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/** How long a document stays at each workflow stage before the next. */
		public Builder workflowStep(Duration workflowStep) {
			this.workflowStep = workflowStep;
			return this;
		}

		public Builder slowDelay(Duration slowDelay) {
			this.slowDelay = slowDelay;
			return this;
		}

		public Builder replayWindow(Duration replayWindow) {
			this.replayWindow = replayWindow;
			return this;
		}

		public EdmsSimulator start() {
			return new EdmsSimulator(this).start();
		}

	}

}
