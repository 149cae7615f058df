package ru.vmeste.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stops and starts an embedded PostgreSQL server behind the portal's back, with the server's own
 * {@code pg_ctl} and the command line it was started with ({@code postmaster.opts}), as an
 * operator or a crash would: the portal's pool only sees its connections fail and come back.
 */
public final class EmbeddedPostgresControl {

	private static final Pattern ARGUMENT = Pattern.compile("\"([^\"]*)\"|(\\S+)");

	private final Path dataDir;

	private final Path pgCtl;

	private final List<String> options;

	public EmbeddedPostgresControl(Path dataDir) {
		this.dataDir = dataDir.toAbsolutePath();
		try {
			List<String> arguments = new ArrayList<>();
			Matcher matcher = ARGUMENT.matcher(Files.readString(this.dataDir.resolve("postmaster.opts")).strip());
			while (matcher.find()) {
				arguments.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
			}
			this.pgCtl = Path.of(arguments.getFirst()).resolveSibling("pg_ctl");
			List<String> rest = new ArrayList<>(arguments.subList(1, arguments.size()));
			int data = rest.indexOf("-D");
			if (data >= 0) {
				rest.remove(data + 1);
				rest.remove(data);
			}
			this.options = rest;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Stops the server (fast mode: open connections are cut, committed data stays). */
	public void stop() {
		run(pgCtl.toString(), "stop", "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "60");
	}

	/** Starts the server again on its port with its options. */
	public void start() {
		run(pgCtl.toString(), "start", "-D", dataDir.toString(), "-w", "-t", "60", "-l",
				dataDir.resolveSibling(dataDir.getFileName() + "-restart.log").toString(), "-o",
				String.join(" ", options));
	}

	/** pg_ctl refuses root: as root it runs in a user namespace, as the embedded server itself does. */
	private static void run(String... command) {
		List<String> line = new ArrayList<>();
		if ("root".equals(System.getProperty("user.name"))) {
			line.addAll(List.of("unshare", "-U"));
		}
		line.addAll(List.of(command));
		try {
			Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
			}
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
