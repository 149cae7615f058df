package ru.vmeste.verifier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * {@code java -jar vmeste-verifier.jar bundle.json [--public-key <base64>]}: checks a vote's
 * audit bundle and exits 0 if everything holds, 1 naming the first discrepancy, 2 if the file
 * cannot be read. With {@code --public-key} the bundle must carry exactly that key (compare it
 * with the key the portal showed on the vote's page while it was open).
 */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	/** Runs the verifier as the command line does and returns the exit code. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length != 1 && !(args.length == 3 && "--public-key".equals(args[1]))) {
			err.println("Usage: java -jar vmeste-verifier.jar bundle.json [--public-key <base64>]");
			return 2;
		}
		Bundle bundle;
		try {
			bundle = Bundle.read(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
		}
		catch (IOException | IllegalArgumentException ex) {
			err.println("UNREADABLE: " + args[0] + ": " + ex.getMessage());
			return 2;
		}
		try {
			if (args.length == 3 && !Arrays.equals(Base64.getDecoder().decode(args[2]), bundle.publicKey())) {
				throw new Discrepancy("the bundle's public key is not the expected one");
			}
			List<String> checked = Verifier.verify(bundle);
			out.println("VERIFIED vote " + bundle.vote().id() + ":");
			checked.forEach(line -> out.println("  - " + line));
			return 0;
		}
		catch (Discrepancy | IllegalArgumentException ex) {
			err.println("DISCREPANCY in vote " + bundle.vote().id() + ": " + ex.getMessage());
			return 1;
		}
	}

}
