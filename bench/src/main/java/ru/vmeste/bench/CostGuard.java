package ru.vmeste.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The regression guard of {@code bench/run.sh --quick --check}: compares what an appeal and a
 * ballot cost in this run with the committed figures of {@code bench/committed-costs.properties}
 * (processor time, transactions and statements per operation of the last committed run) and
 * fails when an operation costs more than {@link #TOLERANCE} times its committed figure. Not
 * throughput: these hardly move when other builds share the machine, so a factor of 2 catches a
 * real regression (a read-back, a listener transaction per event, a query per item) without
 * failing on noise; transactions and statements do not depend on the machine's speed either.
 * Commit lower figures when a change makes an operation cheaper.
 */
final class CostGuard {

	static final Path COMMITTED = Path.of("bench", "committed-costs.properties");

	static final double TOLERANCE = 2.0;

	private CostGuard() {
	}

	/** The violations of the committed figures, empty when every operation is within the tolerance. */
	static List<String> violations(List<OperationCost> costs, Properties committed) {
		List<String> violations = new ArrayList<>();
		for (OperationCost cost : costs) {
			check(violations, cost, "processorMillis", cost.processorMillis(), committed);
			check(violations, cost, "transactions", cost.transactions(), committed);
			check(violations, cost, "statements", cost.statements(), committed);
		}
		if (costs.stream().noneMatch(cost -> cost.operation().equals("appeal"))) {
			violations.add("no appeal was measured");
		}
		return violations;
	}

	static Properties committed() throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(COMMITTED)) {
			properties.load(reader);
		}
		return properties;
	}

	private static void check(List<String> violations, OperationCost cost, String figure, double measured,
			Properties committed) {
		String value = committed.getProperty(cost.operation() + "." + figure);
		if (value == null) {
			return;
		}
		double limit = TOLERANCE * Double.parseDouble(value);
		if (cost.operations() == 0) {
			violations.add(cost.operation() + ": no operation completed");
		}
		else if (measured > limit) {
			violations.add(String.format(Locale.ROOT, "%s %s %.2f per operation > %.1f × the committed %s = %.2f",
					cost.operation(), figure, measured, TOLERANCE, value, limit));
		}
	}

}
