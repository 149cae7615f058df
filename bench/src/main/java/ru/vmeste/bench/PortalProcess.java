package ru.vmeste.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal as a separate process (its runnable jar, the {@code bench} profile) on a free
 * port of 127.0.0.1, connected to the bench's PostgreSQL as an external database.
 */
final class PortalProcess implements AutoCloseable {

	/** How the portal's database connections introduce themselves to PostgreSQL. */
	static final String APPLICATION_NAME = "vmeste-portal";

	private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

	private final Process process;

	private final String baseUrl;

	private PortalProcess(Process process, String baseUrl) {
		this.process = process;
		this.baseUrl = baseUrl;
	}

	/**
	 * The portal with a flight recording of the whole run, to see where its time goes (JDK Mission
	 * Control, `jfr print`), and a fixed set of JIT compiler threads, so their processor time can be
	 * told apart.
	 */
	static PortalProcess start(Path jar, String jdbcUrl, Path workDir) throws IOException, InterruptedException {
		return start(jar, jdbcUrl, workDir, true);
	}

	/** The portal as deployed, without a flight recording: for timing its start-up. */
	static PortalProcess startPlain(Path jar, String jdbcUrl, Path workDir) throws IOException, InterruptedException {
		return start(jar, jdbcUrl, workDir, false);
	}

	private static PortalProcess start(Path jar, String jdbcUrl, Path workDir, boolean recorded)
			throws IOException, InterruptedException {
		int port = freePort();
		Files.createDirectories(workDir);
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx1g", "-XX:+UseG1GC"));
		if (recorded) {
			command.add("-XX:StartFlightRecording=dumponexit=true,filename=" + workDir.resolve("portal.jfr"));
			// a fixed set of compiler threads, so CpuTime can tell the JIT's processor time apart
			command.add("-XX:-UseDynamicNumberOfCompilerThreads");
		}
		command.addAll(List.of("-jar", jar.toString(),
				"--spring.profiles.active=bench", "--spring.datasource.url=" + jdbcUrl,
				"--spring.datasource.username=postgres",
				"--spring.datasource.hikari.data-source-properties.ApplicationName=" + APPLICATION_NAME, "--server.address=127.0.0.1", "--server.port=" + port,
				"--vmeste.files.dir=" + workDir.resolve("files")));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(workDir.resolve("portal.log").toFile())
			.start();
		PortalProcess portal = new PortalProcess(process, "http://127.0.0.1:" + port);
		portal.awaitHealthy(Duration.ofSeconds(180), workDir.resolve("portal.log"));
		return portal;
	}

	long pid() {
		return process.pid();
	}

	String baseUrl() {
		return baseUrl;
	}

	/** Heap in use after a full collection, in MB, read with the JDK's jcmd. */
	long heapUsedAfterGcMegabytes() throws IOException, InterruptedException {
		Path jcmd = Path.of(javaExecutable()).resolveSibling("jcmd");
		run(jcmd.toString(), String.valueOf(process.pid()), "GC.run");
		String info = run(jcmd.toString(), String.valueOf(process.pid()), "GC.heap_info");
		Matcher used = HEAP_USED.matcher(info);
		return used.find() ? Long.parseLong(used.group(1)) / 1024 : -1;
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}

	private void awaitHealthy(Duration timeout, Path log) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The portal exited while starting; see " + log);
			}
			try {
				HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("UP")) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("The portal did not start within " + timeout + "; see " + log);
	}

	private static String run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		process.waitFor();
		return output;
	}

	static String javaExecutable() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
