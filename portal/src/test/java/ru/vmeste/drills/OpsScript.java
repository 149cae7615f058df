package ru.vmeste.drills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one of the scripts in the repository's {@code ops/} as an operator would. */
final class OpsScript {

	private OpsScript() {
	}

	/** Runs the script and answers what it printed; fails when it fails. */
	static String run(String script, String... arguments) {
		Path ops = Path.of("..", "ops").toAbsolutePath().normalize();
		if (!Files.isDirectory(ops)) {
			throw new IllegalStateException("No ops/ beside " + Path.of("").toAbsolutePath());
		}
		List<String> command = new ArrayList<>(List.of("bash", ops.resolve(script).toString()));
		command.addAll(List.of(arguments));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
				throw new IllegalStateException("ops/" + script + " failed:\n" + output);
			}
			System.out.print(output);
			return output;
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
