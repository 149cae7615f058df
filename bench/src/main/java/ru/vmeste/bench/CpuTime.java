package ru.vmeste.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;

/**
 * Processor time used so far by a set of processes, read from Linux's {@code /proc}: the
 * portal's JVM, and the PostgreSQL server processes serving one side's connections (never
 * autovacuum or the checkpointer, so background work does not blur the figure). Unlike
 * latency, processor time per operation hardly changes when other work shares the machine,
 * so it says what an operation costs.
 */
record CpuTime(long portalTicks, long postgresTicks) {

	/** Linux reports these times in ticks of 1/100 s. */
	private static final double MILLIS_PER_TICK = 10;

	static CpuTime of(long portalPid, Collection<Long> serverPids) {
		return new CpuTime(portalPid == 0 ? 0 : ticks(portalPid), serverPids.stream().mapToLong(CpuTime::ticks).sum());
	}

	/** Milliseconds of processor time per operation since the earlier reading, for the report. */
	String perOperationSince(CpuTime before, long operations) {
		double n = Math.max(1, operations);
		return String.format(Locale.ROOT, "portal %.2f ms, PostgreSQL %.2f ms of processor time per operation",
				(portalTicks - before.portalTicks) * MILLIS_PER_TICK / n,
				(postgresTicks - before.postgresTicks) * MILLIS_PER_TICK / n);
	}

	/** Milliseconds of processor time (portal + PostgreSQL) per operation since the earlier reading. */
	double totalMillisPerOperationSince(CpuTime before, long operations) {
		return (portalTicks - before.portalTicks + postgresTicks - before.postgresTicks) * MILLIS_PER_TICK
				/ Math.max(1, operations);
	}

	/** utime + stime: fields 14 and 15 of /proc/[pid]/stat. */
	private static long ticks(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// fields[0] is field 3 (state), so field k is fields[k - 3]
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

}
