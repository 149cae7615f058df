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
import java.util.Map;
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
		Files.createDirectories(workDir);
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx1g", "-XX:+UseG1GC",
				"-XX:StartFlightRecording=dumponexit=true,filename=" + workDir.resolve("portal.jfr"),
				// a fixed set of compiler threads, so CpuTime can tell the JIT's processor time apart
				"-XX:-UseDynamicNumberOfCompilerThreads", "-jar", jar.toString()));
		int port = freePort();
		command.addAll(springArguments(jdbcUrl, port, workDir));
		return launch(new ProcessBuilder(command), port, workDir);
	}

	/**
	 * The portal as deployed with {@code ops/start} (the jar extracted, the JVM's AOT cache of its
	 * classes), without a flight recording: for timing its start-up. {@link #prepare} must have run
	 * on the same work directory.
	 */
	static PortalProcess startDeployed(Path jar, String jdbcUrl, Path workDir) throws IOException, InterruptedException {
		Files.createDirectories(workDir);
		List<String> command = new ArrayList<>(List.of("ops/start", "--"));
		int port = freePort();
		command.addAll(springArguments(jdbcUrl, port, workDir));
		return launch(deployment(new ProcessBuilder(command), jar, workDir), port, workDir);
	}

	/**
	 * What a deployment does once per release before the portal's first start ({@code ops/start
	 * --prepare}): extracts the jar and trains the AOT cache, against the database it will use.
	 */
	static void prepare(Path jar, String jdbcUrl, Path workDir) throws IOException, InterruptedException {
		Files.createDirectories(workDir);
		List<String> command = new ArrayList<>(List.of("ops/start", "--prepare", "--"));
		command.addAll(springArguments(jdbcUrl, freePort(), workDir));
		Process process = deployment(new ProcessBuilder(command), jar, workDir).redirectErrorStream(true)
			.redirectOutput(workDir.resolve("prepare.log").toFile())
			.start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException("ops/start --prepare failed; see " + workDir.resolve("prepare.log"));
		}
	}

	private static ProcessBuilder deployment(ProcessBuilder builder, Path jar, Path workDir) {
		Map<String, String> environment = builder.environment();
		environment.put("VMESTE_JAR", jar.toAbsolutePath().toString());
		environment.put("VMESTE_APP_DIR", workDir.resolve("app").toAbsolutePath().toString());
		environment.put("JAVA_HOME", Path.of(javaExecutable()).getParent().getParent().toString());
		environment.put("JAVA_OPTS", "-Xmx1g -XX:+UseG1GC");
		return builder;
	}

	private static List<String> springArguments(String jdbcUrl, int port, Path workDir) {
		return List.of("--spring.profiles.active=bench", "--spring.datasource.url=" + jdbcUrl,
				"--spring.datasource.username=postgres",
				"--spring.datasource.hikari.data-source-properties.ApplicationName=" + APPLICATION_NAME,
				"--server.address=127.0.0.1", "--server.port=" + port, "--vmeste.files.dir=" + workDir.resolve("files"));
	}

	private static PortalProcess launch(ProcessBuilder builder, int port, Path workDir)
			throws IOException, InterruptedException {
		Process process = builder.redirectErrorStream(true).redirectOutput(workDir.resolve("portal.log").toFile()).start();
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
