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

	public static S3MockServer start(Path storeRoot) {
		Path jar = Path.of("target/test-tools/s3mock.jar");
		if (!Files.exists(jar)) {
			throw new IllegalStateException(jar.toAbsolutePath() + " is missing: run the tests through Maven");
		}
		int port = freePort();
		String java = ProcessHandle.current().info().command().orElse("java");
		try {
			Process process = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar",
					jar.toString(), "--server.port=0", "--com.adobe.testing.s3mock.httpPort=" + port,
					"--com.adobe.testing.s3mock.store.root=" + storeRoot.toAbsolutePath(),
					"--logging.level.root=warn"))
				.redirectErrorStream(true)
				.redirectOutput(storeRoot.resolveSibling("s3mock.log").toFile())
				.start();
			S3MockServer server = new S3MockServer(process, port);
			HttpClient http = HttpClient.newHttpClient();
			await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() -> {
				if (!process.isAlive()) {
					throw new IllegalStateException("S3Mock stopped; see " + storeRoot.resolveSibling("s3mock.log"));
				}
				try {
					return http.send(HttpRequest.newBuilder(server.endpoint()).build(), HttpResponse.BodyHandlers.discarding())
						.statusCode() == 200;
				}
				catch (IOException notYet) {
					return false;
				}
			});
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
