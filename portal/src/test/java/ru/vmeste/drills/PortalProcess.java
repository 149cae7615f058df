package ru.vmeste.drills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * A portal in its own JVM, from the packaged jar ({@code target/vmeste-portal-*-exec.jar}, built
 * by {@code package} before Failsafe runs), on the drill's database: what runs in production,
 * killed the way production processes die.
 */
final class PortalProcess implements AutoCloseable {

	private final String name;

	private final Process process;

	private final int port;

	private final Path log;

	private PortalProcess(String name, Process process, int port, Path log) {
		this.name = name;
		this.process = process;
		this.port = port;
		this.log = log;
	}

	static PortalProcess start(String name, DrillDatabase database, Path work, String... settings) {
		int port = freePort();
		// kept after the test for a look: target/drill-logs
		Path log = logs().resolve(name + "-" + System.currentTimeMillis() + ".log");
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar().toString(),
				"--server.port=" + port, "--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=postgres", "--vmeste.files.backend=database",
				"--vmeste.rate-limit.writes-per-minute=0", "--vmeste.mail.capture=true",
				"--logging.level.root=warn", "--logging.level.ru.vmeste=info", "--spring.main.banner-mode=off"));
		command.addAll(List.of(settings));
		try {
			Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
			return new PortalProcess(name, process, port, log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Waits until the portal answers ready, and answers how long that took. */
	Duration awaitReady(Duration atMost) {
		long started = System.nanoTime();
		PortalClient client = new PortalClient(base());
		await().atMost(atMost).pollInterval(Duration.ofMillis(250)).ignoreException(UncheckedIOException.class).until(() -> {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " stopped; see " + log);
			}
			return client.get("/actuator/health/readiness", null).status() == 200;
		});
		return Duration.ofNanos(System.nanoTime() - started);
	}

	String base() {
		return "http://127.0.0.1:" + port;
	}

	long pid() {
		return process.pid();
	}

	/** SIGKILL: no shutdown hook, no graceful anything. */
	void kill() {
		process.destroyForcibly();
		waitFor();
	}

	@Override
	public void close() {
		if (process.isAlive()) {
			process.destroy();
			waitFor();
		}
	}

	String log() {
		try {
			return Files.readString(log);
		}
		catch (IOException ex) {
			return "";
		}
	}

	private void waitFor() {
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static Path logs() {
		try {
			return Files.createDirectories(Path.of("target", "drill-logs")).toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path jar() {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(file -> file.getFileName().toString().matches("vmeste-portal-.*-exec\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No portal jar in target/: the drills run after package"))
				.toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
