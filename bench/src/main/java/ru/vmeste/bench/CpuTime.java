package ru.vmeste.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Processor time used so far by the portal's process and by PostgreSQL (the postmaster, its
 * live server processes and those that ended), read from Linux's {@code /proc}. Unlike
 * latency, the processor time per operation hardly changes when other work shares the machine,
 * so it says what an operation costs.
 */
record CpuTime(long portalTicks, long postgresTicks) {

	/** Linux reports these times in ticks of 1/100 s. */
	private static final double MILLIS_PER_TICK = 10;

	static CpuTime now(long portalPid, long postmasterPid) {
		long postgres = ticks(postmasterPid, true) + ProcessHandle.of(postmasterPid)
			.map(postmaster -> postmaster.children().mapToLong(child -> ticks(child.pid(), false)).sum())
			.orElse(0L);
		return new CpuTime(ticks(portalPid, false), postgres);
	}

	/** Milliseconds of processor time per operation since the earlier reading, for the report. */
	String perOperationSince(CpuTime before, long operations) {
		double n = Math.max(1, operations);
		return String.format(Locale.ROOT, "portal %.2f ms, PostgreSQL %.2f ms of processor time per operation",
				(portalTicks - before.portalTicks) * MILLIS_PER_TICK / n,
				(postgresTicks - before.postgresTicks) * MILLIS_PER_TICK / n);
	}

	/** utime + stime (fields 14, 15) and, for the postmaster, its ended children's (16, 17). */
	private static long ticks(long pid, boolean withEndedChildren) {
		try {
			String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// fields[0] is field 3 (state), so field k is fields[k - 3]
			long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			return withEndedChildren ? own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : own;
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

}
