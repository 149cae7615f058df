package ru.vmeste.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Processor time used so far by a set of processes, read from Linux's {@code /proc}: the
 * portal's JVM, the part of it its just-in-time compiler threads used, and the PostgreSQL server
 * processes serving one side's connections (never autovacuum or the checkpointer, so background
 * work does not blur the figure). Unlike latency, processor time per operation hardly changes
 * when other work shares the machine, so it says what an operation costs. The compilers' part is
 * reported on its own: it is what the JVM spends once on turning the hot paths into machine code,
 * not what each further operation costs, and a short run counts much of it.
 */
record CpuTime(long portalTicks, long compilerTicks, long postgresTicks) {

	/** Linux reports these times in ticks of 1/100 s. */
	private static final double MILLIS_PER_TICK = 10;

	static CpuTime of(long portalPid, Collection<Long> serverPids) {
		return new CpuTime(portalPid == 0 ? 0 : ticks(Path.of("/proc", String.valueOf(portalPid), "stat")),
				portalPid == 0 ? 0 : compilerTicks(portalPid),
				serverPids.stream().mapToLong(pid -> ticks(Path.of("/proc", String.valueOf(pid), "stat"))).sum());
	}

	/** Milliseconds of processor time per operation since the earlier reading, for the report. */
	String perOperationSince(CpuTime before, long operations) {
		double n = Math.max(1, operations);
		return String.format(Locale.ROOT,
				"portal %.2f ms (%.2f ms of it the JIT compilers'), PostgreSQL %.2f ms of processor time per operation",
				(portalTicks - before.portalTicks) * MILLIS_PER_TICK / n,
				(compilerTicks - before.compilerTicks) * MILLIS_PER_TICK / n,
				(postgresTicks - before.postgresTicks) * MILLIS_PER_TICK / n);
	}

	/** Milliseconds of processor time (portal + PostgreSQL) per operation since the earlier reading. */
	double totalMillisPerOperationSince(CpuTime before, long operations) {
		return (portalTicks - before.portalTicks + postgresTicks - before.postgresTicks) * MILLIS_PER_TICK
				/ Math.max(1, operations);
	}

	/** The JIT compilers' share of the portal's processor time since the earlier reading. */
	double compilerShareSince(CpuTime before) {
		return (compilerTicks - before.compilerTicks) / (double) Math.max(1, portalTicks - before.portalTicks);
	}

	/** Milliseconds of the portal's JIT compilers per operation since the earlier reading. */
	double compilerMillisPerOperationSince(CpuTime before, long operations) {
		return (compilerTicks - before.compilerTicks) * MILLIS_PER_TICK / Math.max(1, operations);
	}

	/**
	 * The HotSpot compiler threads ({@code C1 CompilerThread0}, {@code C2 CompilerThread1}, …, cut
	 * to 15 characters by Linux). The portal runs with a fixed number of them, so none exits and
	 * takes its time with it.
	 */
	private static long compilerTicks(long pid) {
		try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
			return tasks.map(task -> read(task.resolve("stat")))
				.filter(stat -> stat.startsWith("C1 CompilerThre", stat.indexOf('(') + 1)
						|| stat.startsWith("C2 CompilerThre", stat.indexOf('(') + 1))
				.mapToLong(CpuTime::ticks)
				.sum();
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	private static String read(Path stat) {
		try {
			return Files.readString(stat);
		}
		catch (IOException ex) {
			return ""; // the thread has ended
		}
	}

	private static long ticks(Path stat) {
		return ticks(read(stat));
	}

	/** utime + stime: fields 14 and 15 of a {@code stat} file of /proc. */
	private static long ticks(String line) {
		try {
			String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
			// fields[0] is field 3 (state), so field k is fields[k - 3]
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		catch (RuntimeException ex) {
			return 0;
		}
	}

}
