package ru.vmeste.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Public control over 1,000,000 appeals: the dashboard page, the summary API (whole history and
 * filtered by district and topic group) and the organizations' ranking sorted by "answered on
 * time", each beside the raw {@code SELECT count(*) … GROUP BY} over the same million rows in the
 * same run. The appeals are generated in the statistics module's own projection (the table the
 * module folds appeal events into, with the same columns an event-fed appeal gets) with realistic
 * distributions — three years of days with fewer on weekends, organizations by a Zipf-like law,
 * most appeals answered and closed, a tail still open, some late, reopened or sent on, ratings
 * skewed to 4–5 with a bump at 1 — and the rollups are then built from it by the portal's own
 * rebuild (POST /api/v1/admin/statistics/rebuild), as after any bulk load. The target: p99 within
 * 100 ms for every page and call.
 */
final class StatisticsScenarios {

	static final int APPEALS = 1_000_000;

	private static final double P99_TARGET_MILLIS = 100;

	private final HttpClient http;

	private final PortalProcess portal;

	private final BenchDatabase database;

	StatisticsScenarios(HttpClient http, PortalProcess portal, BenchDatabase database) {
		this.http = http;
		this.portal = portal;
		this.database = database;
	}

	void measure(BenchSettings settings, RawBaselines raw, Report report) throws Exception {
		System.out.println("Public control over " + APPEALS + " appeals: generating them");
		long started = System.nanoTime();
		generate(APPEALS);
		report.fact("statisticsAppealsGeneratedSeconds", (System.nanoTime() - started) / 1_000_000_000L);
		started = System.nanoTime();
		int rebuilt = post("/api/v1/admin/statistics/rebuild", adminToken());
		if (rebuilt >= 300) {
			throw new IllegalStateException("The statistics rebuild answered " + rebuilt);
		}
		database.execute("analyze");
		report.fact("statisticsRollupRebuildSeconds", (System.nanoTime() - started) / 1_000_000_000L);
		report.fact("statisticsAppeals", database.queryLong("select count(*) from statistics_appeals"));

		String district = database.queryStrings("select district_id::text from statistics_appeals where district_id is not null limit 1")
			.getFirst();
		String group = database.queryStrings("select topic_group_id::text from statistics_appeals where topic_group_id is not null limit 1")
			.getFirst();
		Map<Integer, Measurement> baselines = new HashMap<>();
		for (int clients : settings.concurrency()) {
			baselines.put(clients, raw.groupByCount(settings, clients, "raw PostgreSQL, 1,000,000 appeals", """
					select status, organization_id, count(*) from statistics_appeals group by status, organization_id"""));
			report.add(baselines.get(clients));
		}
		Map<String, String> reads = new java.util.LinkedHashMap<>();
		reads.put("dashboard page (GET /dashboard), 1,000,000 appeals", "/dashboard");
		reads.put("summary API, whole history, 1,000,000 appeals", "/api/v1/statistics/summary");
		reads.put("summary API, a district and topic group, 1,000,000 appeals",
				"/api/v1/statistics/summary?districtId=" + district + "&topicGroupId=" + group);
		reads.put("ranking API by answered on time, 1,000,000 appeals", "/api/v1/statistics/organizations?sort=answered-on-time");
		reads.put("ranking page by answered on time, 1,000,000 appeals", "/dashboard/organizations?sort=answered-on-time");
		// as a portal that has served for a while: every read's code compiled and the server's threads
		// and connections started at the highest concurrency before any read is measured (otherwise
		// the first scenario pays for the JIT and the pools' growth of all the pages' shared code)
		int most = settings.concurrency().stream().mapToInt(Integer::intValue).max().orElse(1);
		for (String path : reads.values()) {
			Load.run("warm-up", "portal", most, Duration.ZERO, settings.warmUp().multipliedBy(3), settings.maxOperations(),
					(client, sequence) -> get(path) == 200);
		}
		for (Map.Entry<String, String> read : reads.entrySet()) {
			for (int clients : settings.concurrency()) {
				Measurement measured = Load.run(read.getKey(), "portal", clients, settings.warmUp(), settings.window(),
						settings.maxOperations(), (client, sequence) -> get(read.getValue()) == 200);
				report.compare(measured, baselines.get(clients), Target.p99Within(P99_TARGET_MILLIS));
			}
		}
	}

	/** Adds {@code count} appeals to the statistics' projection, each with its stays at organizations. */
	private void generate(int count) throws SQLException {
		database.execute("""
				create temporary table bench_statistics as
				select i, gen_random_uuid() as appeal_id,
				       (current_date - (random() * random() * 1095)::int) as submitted_on,
				       random() as fate, random() as lateness, random() as rating, random() as turns,
				       o.ids[1 + floor(cardinality(o.ids) * power(random(), 3))::int] as organization_id,
				       o.ids[1 + floor(cardinality(o.ids) * random())::int] as other_organization_id,
				       d.ids[1 + floor(cardinality(d.ids) * random())::int] as district_id,
				       t.ids[1 + floor(cardinality(t.ids) * random())::int] as topic_id,
				       58.0 + random() * 0.05 as lat, 56.2 + random() * 0.1 as lon
				from generate_series(1, %d) i,
				     (select array_agg(id order by id) as ids from organizations_organizations) o,
				     (select array_agg(id order by id) as ids from territory_districts) d,
				     (select array_agg(id order by id) as ids from reports_topics where parent_id is not null) t
				""".formatted(count));
		// fewer appeals on weekends: most of those falling on a Saturday or Sunday move to Friday
		database.execute("""
				update bench_statistics set submitted_on = submitted_on - (extract(isodow from submitted_on)::int - 5)
				where extract(isodow from submitted_on) in (6, 7) and random() < 0.7
				""");
		database.execute("""
				insert into statistics_appeals (appeal_id, number, topic_id, topic_group_id, district_id, lat, lon, status,
				    outcome, category, submitted_on, published_on, closed_on, first_routed_on, organization_id, deadline,
				    legal_deadline, first_answered_on, answer_working_days, answered_on_time, answered_within_legal, reopens,
				    reroutes, ratings, rating_sum, open, overdue, folded_on)
				select appeal_id, 10000000 + i, topic_id, (select parent_id from reports_topics where id = topic_id), district_id,
				       round(lat::numeric, 3), round((lon / 2)::numeric, 3) * 2,
				       case when fate < 0.03 then 'REJECTED' when fate < 0.10 then 'IN_PROGRESS' when fate < 0.18 then 'ANSWERED'
				            when fate < 0.20 then 'REOPENED' else 'CLOSED' end,
				       case when fate >= 0.20 and fate < 0.62 then 'SOLVED' when fate >= 0.62 and fate < 0.88 then 'NOT_CONFIRMED'
				            when fate >= 0.88 then 'NOT_SOLVED' end,
				       case when fate < 0.03 then 'NOT_PUBLISHED' when fate < 0.10 then 'OPEN' when fate < 0.18 then 'AWAITING'
				            when fate < 0.20 then 'DISPUTED' when fate < 0.62 then 'CONFIRMED' when fate < 0.88 then 'NOT_CONFIRMED'
				            else 'DISPUTED' end,
				       submitted_on,
				       case when fate >= 0.03 then submitted_on + (fate * 100)::int % 2 end,
				       case when fate >= 0.20 then submitted_on + 20 + (lateness * 40)::int end,
				       case when fate >= 0.03 then submitted_on + 1 end,
				       case when fate >= 0.03 then organization_id end,
				       case when fate >= 0.03 then submitted_on + 15 end,
				       case when fate >= 0.03 then submitted_on + 31 end,
				       case when fate >= 0.10 then submitted_on + 1 + (power(lateness, 2) * 45)::int end,
				       case when fate >= 0.10 then ((power(lateness, 2) * 45)::int * 5) / 7 end,
				       case when fate >= 0.10 then (power(lateness, 2) * 45)::int <= 14 end,
				       case when fate >= 0.10 then (power(lateness, 2) * 45)::int <= 30 end,
				       case when turns < 0.01 then 2 when turns < 0.06 or (fate >= 0.18 and fate < 0.20) then 1 else 0 end,
				       case when turns > 0.92 then 1 else 0 end,
				       case when fate >= 0.20 and rating < 0.45 then 1 else 0 end,
				       case when fate >= 0.20 and rating < 0.45 then
				            case when rating < 0.07 then 1 when rating < 0.09 then 2 when rating < 0.13 then 3 when rating < 0.24 then 4
				                 else 5 end else 0 end,
				       fate >= 0.03 and fate < 0.10,
				       fate >= 0.03 and fate < 0.10 and submitted_on + 15 < current_date,
				       current_date
				from bench_statistics
				""");
		database.execute("""
				insert into statistics_handlings (appeal_id, seq, organization_id, received_on, deadline, legal_deadline,
				    first_answered_on, answer_working_days, answered_on_time, answered_within_legal, rerouted_away, reopens,
				    ratings, rating_sum, open, overdue)
				select a.appeal_id, 1, case when a.reroutes > 0 then b.other_organization_id else a.organization_id end,
				       a.first_routed_on, a.deadline, a.legal_deadline,
				       case when a.reroutes = 0 then a.first_answered_on end, case when a.reroutes = 0 then a.answer_working_days end,
				       case when a.reroutes = 0 then a.answered_on_time end, case when a.reroutes = 0 then a.answered_within_legal end,
				       a.reroutes > 0, case when a.reroutes = 0 then a.reopens else 0 end,
				       case when a.reroutes = 0 then a.ratings else 0 end, case when a.reroutes = 0 then a.rating_sum else 0 end,
				       a.reroutes = 0 and a.open, a.reroutes = 0 and a.overdue
				from statistics_appeals a join bench_statistics b using (appeal_id)
				where a.organization_id is not null
				""");
		database.execute("""
				insert into statistics_handlings (appeal_id, seq, organization_id, received_on, deadline, legal_deadline,
				    first_answered_on, answer_working_days, answered_on_time, answered_within_legal, rerouted_away, reopens,
				    ratings, rating_sum, open, overdue)
				select a.appeal_id, 2, a.organization_id, a.first_routed_on + 2, a.deadline, a.legal_deadline,
				       a.first_answered_on, a.answer_working_days, a.answered_on_time, a.answered_within_legal, false, a.reopens,
				       a.ratings, a.rating_sum, a.open, a.overdue
				from statistics_appeals a join bench_statistics b using (appeal_id)
				where a.organization_id is not null and a.reroutes > 0
				""");
		database.execute("drop table bench_statistics");
	}

	private String adminToken() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(portal.baseUrl() + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"admin@demo.vmeste\",\"password\":\"vmeste-demo\"}"))
			.build();
		String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
		if (!token.find()) {
			throw new IllegalStateException("No admin token: " + body);
		}
		return token.group(1);
	}

	private int post(String path, String token) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(portal.baseUrl() + path))
			.header("Authorization", "Bearer " + token)
			.timeout(java.time.Duration.ofMinutes(10))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
		return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private int get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(portal.baseUrl() + path))
			.header("Accept", path.startsWith("/api/") ? "application/json" : "text/html")
			.build();
		return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
