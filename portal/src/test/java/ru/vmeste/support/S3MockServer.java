package ru.vmeste.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * Adobe's S3Mock, an S3-compatible server from Maven Central, run as its own process (the build
 * copies its runnable jar to {@code target/test-tools/s3mock.jar}) so that its Spring Boot
 * never meets the portal's. Stopped with {@link #close()}.
 */
public final class S3MockServer implements AutoCloseable {

	private final Process process;

	private final int port;

	private S3MockServer(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Starts S3Mock on a free port. The port is chosen before S3Mock binds it, so another server
	 * starting meanwhile (a portal of a concurrent test on port 0) may take it: S3Mock then exits,
	 * and it is started again on another port; it counts as up only when its own S3 answer comes.
	 */
	public static S3MockServer start(Path storeRoot) {
		Path jar = Path.of("target/test-tools/s3mock.jar");
		if (!Files.exists(jar)) {
			throw new IllegalStateException(jar.toAbsolutePath() + " is missing: run the tests through Maven");
		}
		for (int attempt = 1;; attempt++) {
			S3MockServer server = launch(jar, storeRoot, freePort());
			if (server.awaitUp()) {
				return server;
			}
			server.close();
			if (attempt == 3) {
				throw new IllegalStateException("S3Mock did not start; see " + storeRoot.resolveSibling("s3mock.log"));
			}
		}
	}

	private static S3MockServer launch(Path jar, Path storeRoot, int port) {
		String java = ProcessHandle.current().info().command().orElse("java");
		try {
			Process process = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar",
					jar.toString(), "--server.port=0", "--com.adobe.testing.s3mock.httpPort=" + port,
					"--com.adobe.testing.s3mock.store.root=" + storeRoot.toAbsolutePath(),
					"--logging.level.root=warn"))
				.redirectErrorStream(true)
				.redirectOutput(storeRoot.resolveSibling("s3mock.log").toFile())
				.start();
			return new S3MockServer(process, port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether S3Mock answers a bucket listing on its port; false when it exited (its port was taken). */
	private boolean awaitUp() {
		HttpClient http = HttpClient.newHttpClient();
		return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() -> {
			if (!process.isAlive()) {
				return Boolean.FALSE;
			}
			try {
				HttpResponse<String> answer = http.send(HttpRequest.newBuilder(endpoint()).build(),
						HttpResponse.BodyHandlers.ofString());
				return answer.statusCode() == 200 && answer.body().contains("ListAllMyBucketsResult") ? Boolean.TRUE : null;
			}
			catch (IOException notYet) {
				return null;
			}
		}, answer -> answer != null);
	}

	public URI endpoint() {
		return URI.create("http://127.0.0.1:" + port);
	}

	@Override
	public void close() {
		process.destroy();
		try {
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
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
