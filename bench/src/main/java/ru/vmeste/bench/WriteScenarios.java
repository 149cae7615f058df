package ru.vmeste.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
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
		long appealsBefore = database.queryLong("select count(*) from reports_appeals");
		DatabaseWork before = DatabaseWork.after(settings.statisticsSettle(), database);
		CpuTime cpuBefore = cpuTime();
		for (int clients : settings.concurrency()) {
			Measurement measured = Load.run("appeal submit (POST /api/v1/appeals)", "portal", clients, settings.warmUp(),
					settings.window(), settings.maxOperations(), (client, sequence) -> {
						int resident = firstResident + (int) (sequence % count);
						ThreadLocalRandom random = ThreadLocalRandom.current();
						String body = """
								{"topicId":"%s","lat":%.6f,"lon":%.6f,"text":"Яма на проезжей части у дома %d, %s: глубина около %d см, просим отремонтировать"}"""
							.formatted(topic, random.nextDouble(58.000, 58.020), random.nextDouble(56.215, 56.265), sequence,
									STREETS[(int) (sequence % STREETS.length)], 5 + sequence % 20);
						return post("/api/v1/appeals", body, resident) == 201;
					});
			report.compare(measured, rawInserts.get(clients), clients == 32 ? Target.ratioAtLeast(0.40) : Target.NONE);
		}
		report.fact("appealOutboxDrainedSeconds", DatabaseWork.awaitOutboxDrained(database, Duration.ofMinutes(2)).toSeconds());
		long appeals = database.queryLong("select count(*) from reports_appeals") - appealsBefore;
		CpuTime cpuAfter = cpuTime();
		report.fact("appealProcessorTime", cpuAfter.perOperationSince(cpuBefore, appeals));
		DatabaseWork after = DatabaseWork.after(settings.statisticsSettle(), database);
		report.fact("appealDatabaseWork", after.perOperationSince(before, appeals));
		report.cost(new OperationCost("appeal", appeals, cpuAfter.totalMillisPerOperationSince(cpuBefore, appeals),
				after.transactionsPerOperationSince(before, appeals),
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
		long leavesBefore = database.queryLong("select count(*) from voting_ballots where vote_id = '" + vote + "'");
		DatabaseWork before = DatabaseWork.after(settings.statisticsSettle(), database);
		CpuTime cpuBefore = cpuTime();
		AtomicInteger nextVoter = new AtomicInteger(firstResident);
		AtomicLong accepted = new AtomicLong();
		for (int clients : settings.concurrency()) {
			Measurement measured = Load.run("ballot cast (POST /api/v1/votes/{id}/ballots)", "portal", clients,
					settings.warmUp(), settings.window(), settings.maxOperations(), (client, sequence) -> {
						int voter = nextVoter.getAndIncrement();
						if (voter >= firstResident + count) {
							return false;
						}
						String option = options.get((int) (sequence % options.size()));
						boolean ok = post("/api/v1/votes/" + vote + "/ballots", "{\"optionIds\":[\"" + option + "\"]}", voter) == 201;
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
		report.fact("ballotProcessorTime", cpuAfter.perOperationSince(cpuBefore, leaves));
		DatabaseWork after = DatabaseWork.after(settings.statisticsSettle(), database);
		report.fact("ballotDatabaseWork", after.perOperationSince(before, leaves));
		report.cost(new OperationCost("ballot", leaves, cpuAfter.totalMillisPerOperationSince(cpuBefore, leaves),
				after.transactionsPerOperationSince(before, leaves),
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
