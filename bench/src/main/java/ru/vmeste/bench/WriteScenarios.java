package ru.vmeste.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes through the portal's public API, each beside the raw INSERT baseline: residents
 * submitting appeals, and residents casting ballots (with the ledger append), followed by a
 * check that no ballot was lost or doubled.
 */
final class WriteScenarios {

	/** How long the idle portal's own processor time is measured before the ballots. */
	private static final Duration IDLE = Duration.ofSeconds(10);

	/** How long a slice of a warm-up runs before the compilers' share is read again. */
	private static final Duration WARM_UP_SLICE = Duration.ofSeconds(5);

	private static final String[] STREETS = { "ул. Ленина", "Комсомольский проспект", "ул. Сибирская", "ул. Пушкина",
			"ул. Екатерининская", "шоссе Космонавтов", "ул. Куйбышева", "ул. Революции" };

	private final HttpClient http;

	private final PortalProcess portal;

	private final BenchDatabase database;

	WriteScenarios(HttpClient http, PortalProcess portal, BenchDatabase database) {
		this.http = http;
		this.portal = portal;
		this.database = database;
	}

	void appealSubmissions(BenchSettings settings, Map<Integer, Measurement> rawInserts, int firstResident, int count,
			Report report) throws Exception {
		System.out.println("Appeal submission over HTTP (token, validation, checks, store, event)");
		String topic = database.queryString("select id::text from reports_topics where code = 'pothole'");
		Load.Operation submit = (client, sequence) -> {
			int resident = firstResident + (int) (sequence % count);
			ThreadLocalRandom random = ThreadLocalRandom.current();
			String body = """
					{"topicId":"%s","lat":%.6f,"lon":%.6f,"text":"Яма на проезжей части у дома %d, %s: глубина около %d см, просим отремонтировать"}"""
				.formatted(topic, random.nextDouble(58.000, 58.020), random.nextDouble(56.215, 56.265), sequence,
						STREETS[(int) (sequence % STREETS.length)], 5 + sequence % 20);
			return post("/api/v1/appeals", body, resident) == 201;
		};
		report.fact("appealWarmUp", warmUpCompilers("appeal submit", settings, 8, submit));
		DatabaseWork before = DatabaseWork.after(settings.statisticsSettle(), database);
		long appealsBefore = database.queryLong("select count(*) from reports_appeals");
		database.resetStatements();
		CpuTime cpuBefore = cpuTime();
		for (int clients : settings.concurrency()) {
			Measurement measured = Load.run("appeal submit (POST /api/v1/appeals)", "portal", clients, settings.warmUp(),
					settings.window(), settings.maxOperations(), submit);
			report.compare(measured, rawInserts.get(clients), clients == 32 ? Target.ratioAtLeast(0.40) : Target.NONE);
		}
		report.fact("appealOutboxDrainedSeconds", DatabaseWork.awaitOutboxDrained(database, Duration.ofMinutes(2)).toSeconds());
		long appeals = database.queryLong("select count(*) from reports_appeals") - appealsBefore;
		CpuTime cpuAfter = cpuTime();
		report.fact("appealProcessorTime", cpuAfter.perOperationSince(cpuBefore, appeals));
		report.fact("appealStatements", database.statementsPerOperation(appeals, 15));
		double appealStatementCalls = database.statementCallsPerOperation(appeals);
		DatabaseWork after = DatabaseWork.after(settings.statisticsSettle(), database);
		report.fact("appealDatabaseWork", after.perOperationSince(before, appeals));
		report.cost(new OperationCost("appeal", appeals, cpuAfter.totalMillisPerOperationSince(cpuBefore, appeals),
				cpuAfter.compilerMillisPerOperationSince(cpuBefore, appeals),
				after.transactionsPerOperationSince(before, appeals), appealStatementCalls,
				after.rowsWrittenPerOperationSince(before, "event_publication", appeals)));
	}

	void ballotCasts(BenchSettings settings, Map<Integer, Measurement> rawInserts, int firstResident, int count,
			Report report) throws Exception {
		System.out.println("Ballot cast over HTTP (eligibility, one ballot per voter, ledger append)");
		String vote = database.queryString("""
				select id::text from voting_votes v where status = 'OPEN' and kind = 'SINGLE_CHOICE'
				and coalesce(min_age, 0) <= 18 and not exists (select 1 from voting_vote_districts d where d.vote_id = v.id)
				order by closes_at desc limit 1""");
		List<String> options = database.queryStrings("select id::text from voting_options where vote_id = '" + vote + "' order by position");
		AtomicInteger nextVoter = new AtomicInteger(firstResident);
		Load.Operation cast = (client, sequence) -> {
			int voter = nextVoter.getAndIncrement();
			String option = options.get((int) (sequence % options.size()));
			return voter < firstResident + count
					&& post("/api/v1/votes/" + vote + "/ballots", "{\"optionIds\":[\"" + option + "\"]}", voter) == 201;
		};
		// at 256 clients: the batch wait holds each client to about a ballot a second, so at 32
		// clients the warm-up cast ~40 a second, too few for the JIT to compile the ballot's path
		// before the counted phase (it spent 1.3 ms a counted ballot compiling it in a full run)
		report.fact("ballotWarmUp", warmUpCompilers("ballot cast", settings, 256, cast));
		// after the settle, so the warm-up's last batch is in the ledger and not counted
		DatabaseWork before = DatabaseWork.after(settings.statisticsSettle(), database);
		long leavesBefore = database.queryLong("select count(*) from voting_ballots where vote_id = '" + vote + "'");
		double idleMillisPerSecond = idleProcessorMillisPerSecond();
		database.resetStatements();
		CpuTime cpuBefore = cpuTime();
		long phaseStart = System.nanoTime();
		AtomicLong accepted = new AtomicLong();
		for (int clients : settings.concurrency()) {
			Measurement measured = Load.run("ballot cast (POST /api/v1/votes/{id}/ballots)", "portal", clients,
					settings.warmUp(), settings.window(), settings.maxOperations(), (client, sequence) -> {
						boolean ok = cast.run(client, sequence);
						if (ok) {
							accepted.incrementAndGet();
						}
						return ok;
					});
			report.compare(measured, rawInserts.get(clients), clients == 32 ? Target.ratioAtLeast(0.30) : Target.NONE);
		}
		report.fact("ballotOutboxDrainedSeconds", DatabaseWork.awaitOutboxDrained(database, Duration.ofMinutes(2)).toSeconds());
		long leaves = database.queryLong("select count(*) from voting_ballots where vote_id = '" + vote + "'") - leavesBefore;
		CpuTime cpuAfter = cpuTime();
		double phaseSeconds = (System.nanoTime() - phaseStart) / 1e9;
		report.fact("ballotProcessorTime", cpuAfter.perOperationSince(cpuBefore, leaves));
		double gross = cpuAfter.totalMillisPerOperationSince(cpuBefore, leaves);
		double idleShare = idleMillisPerSecond * phaseSeconds / Math.max(1, leaves);
		report.fact("ballotProcessorTimeBesideIdlePortal", String.format(Locale.ROOT,
				"%.2f ms per ballot, of it %.2f ms the idle portal's own work over the phase's %.0f s (%.1f ms a second, measured idle for %d s before it): %.2f ms without it",
				gross, idleShare, phaseSeconds, idleMillisPerSecond, IDLE.toSeconds(), gross - idleShare));
		report.fact("ballotStatements", database.statementsPerOperation(leaves, 10));
		double ballotStatementCalls = database.statementCallsPerOperation(leaves);
		DatabaseWork after = DatabaseWork.after(settings.statisticsSettle(), database);
		report.fact("ballotDatabaseWork", after.perOperationSince(before, leaves));
		report.cost(new OperationCost("ballot", leaves, cpuAfter.totalMillisPerOperationSince(cpuBefore, leaves),
				cpuAfter.compilerMillisPerOperationSince(cpuBefore, leaves),
				after.transactionsPerOperationSince(before, leaves), ballotStatementCalls,
				after.rowsWrittenPerOperationSince(before, "event_publication", leaves)));
		long highest = database.queryLong("select coalesce(max(leaf_index) + 1, 0) from voting_ballots where vote_id = '" + vote + "'");
		long voters = database.queryLong("select count(*) from voting_voters where vote_id = '" + vote
				+ "' and voter_id in (select id from identity_users where email like '%@bench.vmeste')");
		report.fact("ballotsAccepted", accepted.get());
		report.fact("ballotLeavesAppended", leaves);
		report.fact("ballotVotersRecorded", voters);
		report.fact("ballotLedgerGapless", highest == leaves + leavesBefore);
		report.fact("ballotsLostOrDoubled", accepted.get() - leaves);
	}

	/**
	 * Runs an operation at the given clients before anything is counted, so the figures are those
	 * of a portal that has been serving for a while: its hot paths compiled by the JIT, as in
	 * production after the first minutes, not a cold start's. It runs for at least
	 * {@link BenchSettings#compilerWarmUp()}, then on in slices until the compilers' share of the
	 * portal's processor time in the last slice falls to {@link BenchSettings#compilerSettled()}
	 * or {@link BenchSettings#compilerWarmUpLimit()} has passed; answers what it did, for the report.
	 */
	private String warmUpCompilers(String operation, BenchSettings settings, int clients, Load.Operation run)
			throws InterruptedException, SQLException {
		System.out.println("  warming the portal's JIT compilers up on " + operation + " at " + clients
				+ " clients (not counted)");
		long began = System.nanoTime();
		Duration spent = Duration.ZERO;
		double share;
		do {
			CpuTime start = cpuTime();
			Load.run(operation + " (warm-up)", "portal", clients, WARM_UP_SLICE, Duration.ZERO, Long.MAX_VALUE, run);
			share = cpuTime().compilerShareSince(start);
			spent = Duration.ofNanos(System.nanoTime() - began);
		}
		while (spent.compareTo(settings.compilerWarmUpLimit()) < 0
				&& (spent.compareTo(settings.compilerWarmUp()) < 0 || share > settings.compilerSettled()));
		String done = String.format(Locale.ROOT,
				"%d s at %d clients; the JIT compilers' share of the portal's processor time in its last %d s: %.1f %%",
				spent.toSeconds(), clients, WARM_UP_SLICE.toSeconds(), share * 100);
		System.out.println("  warmed up: " + done);
		return done;
	}

	/**
	 * The processor time the portal and its PostgreSQL connections spend a second with no request
	 * (the journals' polls, heartbeats, the collector, the JIT): a ballot phase casts only ~40
	 * ballots a second (the batch wait), so this work is a visible part of its figure per ballot.
	 */
	private double idleProcessorMillisPerSecond() throws SQLException, InterruptedException {
		CpuTime start = cpuTime();
		long began = System.nanoTime();
		Thread.sleep(IDLE.toMillis());
		CpuTime end = cpuTime();
		return end.totalMillisPerOperationSince(start, 1) / ((System.nanoTime() - began) / 1e9);
	}

	private CpuTime cpuTime() throws SQLException {
		return CpuTime.of(portal.pid(), database.portalServerPids());
	}

	private int post(String path, String json, int resident) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(portal.baseUrl() + path))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + BenchResidents.token(resident))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
