package ru.vmeste.bench;

import java.util.Locale;

/**
 * What one write operation cost in a run, the figures the regression guard compares: processor
 * time per operation (portal + PostgreSQL, from /proc; the portal's JIT compilers' part of it
 * reported too, as {@code compilerMillis}), transactions per operation, statements PostgreSQL
 * ran per operation (pg_stat_statements: nested ones such as foreign-key checks, and BEGIN and
 * COMMIT, included) and {@code event_publication} rows written per operation (from PostgreSQL's
 * counters, after the outbox drained). Unlike throughput these hardly change when other work
 * shares the machine, and transactions and statements not even on a slower machine.
 */
record OperationCost(String operation, long operations, double processorMillis, double compilerMillis,
		double transactions, double statements, double eventPublicationRows) {

	String line() {
		return String.format(Locale.ROOT,
				"%-8s %8d operations: %6.2f ms processor time (portal + PostgreSQL; %.2f ms of it the JIT compilers'), %5.1f transactions, %5.1f statements, %4.1f event_publication rows written per operation",
				operation, operations, processorMillis, compilerMillis, transactions, statements, eventPublicationRows);
	}

}
