package ru.vmeste.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the whole bench: starts PostgreSQL and the portal on it, loads data, measures the raw
 * baselines and the portal's scenarios (writes, page reads, the map viewport, public control
 * over 1,000,000 appeals) at 1, 8 and 32 clients, and writes the report.
 */
public final class BenchRunner {

	static final Path WORK = Path.of("bench", "target", "run");

	private BenchRunner() {
	}

	public static void main(String[] args) throws Exception {
		BenchSettings settings = BenchSettings.of(args);
		long started = System.nanoTime();
		Report report = new Report();
		System.out.println("Vmeste bench (" + settings.mode() + "): starting PostgreSQL and the portal");
		try (BenchDatabase database = BenchDatabase.start(WORK.resolve("pg"))) {
			try (PortalProcess portal = PortalProcess.start(portalJar(), database.jdbcUrl(), WORK)) {
				machine(report, database);
				HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
				RawBaselines raw = new RawBaselines(database);
				if (!settings.onlyStatistics()) {
					others(settings, report, database, portal, http, raw);
				}
				if (settings.statistics()) {
					new StatisticsScenarios(http, portal, database).measure(settings, raw, report);
				}
				report.fact("portalHeapAfterRunMb", portal.heapUsedAfterGcMegabytes());
				report.fact("databaseSize", database.size());
			}
			report.fact("portalStartOnExistingDatabaseSeconds", startAgain(database, report));
		}
		if (settings.microBenchmarks()) {
			MicroBenchmarks.run(report);
		}
		report.fact("runSeconds", (System.nanoTime() - started) / 1_000_000_000L);
		report.print();
		String name = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm")) + "-" + settings.mode();
		System.out.println("Results: " + report.write(Path.of("bench", "results"), name));
		if (List.of(args).contains("--check")) {
			List<String> violations = CostGuard.violations(report.costs(), CostGuard.committed());
			if (!violations.isEmpty()) {
				System.out.println("CHECK FAILED (more than " + CostGuard.TOLERANCE + " × the figures of " + CostGuard.COMMITTED + "):");
				violations.forEach(violation -> System.out.println("  " + violation));
				System.exit(1);
			}
			System.out.println("Check passed: every operation within " + CostGuard.TOLERANCE + " × " + CostGuard.COMMITTED);
		}
	}

	/**
	 * Seconds from launching the packaged portal again, on the database the run has filled, to
	 * its first healthy answer (issue #20: at most 10 s), as after a deployment or a crash: as
	 * deployed with {@code ops/start}, whose preparation (once per release) is timed apart, and
	 * without the flight recording the measured run has.
	 */
	private static String startAgain(BenchDatabase database, Report report) throws Exception {
		System.out.println("Start-up: the packaged portal again on the filled database, as deployed with ops/start");
		long preparing = System.nanoTime();
		PortalProcess.prepare(portalJar(), database.jdbcUrl(), WORK.resolve("restart"));
		report.fact("portalPrepareSeconds", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - preparing) / 1e9));
		long launched = System.nanoTime();
		try (PortalProcess again = PortalProcess.startDeployed(portalJar(), database.jdbcUrl(), WORK.resolve("restart"))) {
			return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - launched) / 1e9);
		}
	}

	/** Writes, page reads and the map viewport, each beside its baseline. */
	private static void others(BenchSettings settings, Report report, BenchDatabase database, PortalProcess portal,
			HttpClient http, RawBaselines raw) throws Exception {
		Map<Integer, Measurement> rawInserts = new HashMap<>();
		System.out.println("Raw PostgreSQL baseline: single-row INSERTs");
		for (int clients : settings.concurrency()) {
			rawInserts.put(clients, raw.insert(settings, clients));
			report.add(rawInserts.get(clients));
		}
		report.fact("rawInsertProcessorTime", raw.insertProcessorTime());
		BenchResidents residents = new BenchResidents(database);
		int voters = settings.quick() ? 15_000 : 60_000;
		int first = residents.create(voters);
		WriteScenarios writes = new WriteScenarios(http, portal, database);
		writes.appealSubmissions(settings, rawInserts, first, voters, report);
		writes.ballotCasts(settings, rawInserts, first, voters, report);
		new PageReads(http, portal, database).measure(settings, report);
		new ViewportScenarios(http, portal, database).measure(settings, raw, report);
	}

	private static void machine(Report report, BenchDatabase database) throws Exception {
		report.fact("date", LocalDateTime.now().toString());
		report.fact("cpus", Runtime.getRuntime().availableProcessors());
		report.fact("cpuModel", procLine("/proc/cpuinfo", "model name"));
		report.fact("memory", procLine("/proc/meminfo", "MemTotal"));
		report.fact("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
		report.fact("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
		try (var connection = database.dataSource().getConnection();
				var result = connection.createStatement().executeQuery("show server_version")) {
			result.next();
			report.fact("postgresql", result.getString(1));
		}
	}

	private static String procLine(String file, String key) {
		try (Stream<String> lines = Files.lines(Path.of(file))) {
			return lines.filter(line -> line.startsWith(key)).findFirst().map(line -> line.substring(line.indexOf(':') + 1).strip())
				.orElse("unknown");
		}
		catch (Exception ex) {
			return "unknown";
		}
	}

	private static Path portalJar() throws Exception {
		try (Stream<Path> jars = Files.list(Path.of("portal", "target"))) {
			return jars.filter(path -> path.getFileName().toString().endsWith("-exec.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("Build the portal first: ./mvnw -DskipTests package"));
		}
	}

}
