package ru.vmeste.drills;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The drills' clients: residents who may vote (registered through the API, their addresses
 * verified in the vote's district as an official would), each submitting appeals and casting
 * one ballot per open vote, and remembering exactly what the portal acknowledged.
 */
final class DrillLoad {

	/** An appeal the portal acknowledged with 201. */
	record AckedAppeal(String id, String author) {
	}

	/**
	 * A ballot the portal acknowledged: 201 with its receipt, or 202 "recorded, not yet appended"
	 * with its leaf hash only (leafIndex -1).
	 */
	record AckedBallot(String vote, long leafIndex, String leafHash) {
	}

	/** A resident of the drill with a token. */
	record Resident(String email, String bearer) {
	}

	final Queue<AckedAppeal> appeals = new ConcurrentLinkedQueue<>();

	final Queue<AckedBallot> ballots = new ConcurrentLinkedQueue<>();

	final AtomicInteger failedRequests = new AtomicInteger();

	final AtomicInteger ballotsTried = new AtomicInteger();

	private final AtomicBoolean running = new AtomicBoolean();

	private ExecutorService clients;

	/** Registers residents who may vote in every open vote. */
	static List<Resident> residents(PortalClient client, JdbcClient jdbc, int count) {
		UUID district = jdbc.sql("""
				select coalesce((select district_id from voting_vote_districts vd join voting_votes v on v.id = vd.vote_id
				                 where v.status = 'OPEN' limit 1),
				                (select id from territory_districts limit 1))""").query(UUID.class).single();
		List<Resident> residents = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String email = "drill-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
			PortalClient.Answer registered = client.post("/api/v1/auth/register", null,
					"{\"email\":\"" + email + "\",\"password\":\"drill-password\",\"name\":\"Drill " + i + "\"}");
			if (registered.status() != 201) {
				throw new IllegalStateException("Registration failed: " + registered);
			}
			jdbc.sql("""
					update identity_users set email_confirmed_at = now(), address = 'drill', district_id = ?,
					       address_verified_at = now(), birth_date = date '1980-01-01' where email = ?""")
				.params(district, email).update();
			residents.add(new Resident(email, client.token(email, "drill-password")));
		}
		return residents;
	}

	/** Starts one client per resident against the portal the supplier names (it may change). */
	void start(List<Resident> residents, Supplier<PortalClient> portal, String topic, List<String> votes) {
		running.set(true);
		clients = Executors.newFixedThreadPool(residents.size());
		for (int i = 0; i < residents.size(); i++) {
			Resident resident = residents.get(i);
			int number = i;
			clients.submit(() -> {
				List<String> toVote = new ArrayList<>(votes);
				int sent = 0;
				while (running.get()) {
					PortalClient client = portal.get();
					try {
						if (!toVote.isEmpty() && sent % 7 == number % 7) {
							castBallot(client, resident, toVote.removeFirst());
						}
						PortalClient.Answer answer = client.post("/api/v1/appeals", resident.bearer(),
								"{\"topicId\":\"%s\",\"lat\":%s,\"lon\":%s,\"text\":\"Яма на дороге, клиент %d, обращение %d\"}"
									.formatted(topic, 58.0 + number * 0.001, 56.2 + sent * 0.0001, number, sent));
						if (answer.status() == 201) {
							appeals.add(new AckedAppeal(answer.json().path("id").asString(), resident.bearer()));
						}
						else {
							failedRequests.incrementAndGet();
						}
					}
					catch (RuntimeException unreachable) {
						failedRequests.incrementAndGet();
					}
					sent++;
				}
			});
		}
	}

	private void castBallot(PortalClient client, Resident resident, String vote) {
		ballotsTried.incrementAndGet();
		String option = client.get("/api/v1/votes/" + vote, null).json().path("options").get(0).path("id").asString();
		PortalClient.Answer receipt = client.post("/api/v1/votes/" + vote + "/ballots", resident.bearer(),
				"{\"optionIds\":[\"" + option + "\"]}");
		if (receipt.status() == 201) {
			ballots.add(new AckedBallot(vote, receipt.json().path("leafIndex").asLong(),
					receipt.json().path("leafHash").asString()));
		}
		else if (receipt.status() == 202) {
			ballots.add(new AckedBallot(vote, -1, receipt.json().path("leafHash").asString()));
		}
	}

	void stop() throws InterruptedException {
		running.set(false);
		clients.shutdown();
		if (!clients.awaitTermination(60, TimeUnit.SECONDS)) {
			clients.shutdownNow();
		}
	}

	static Duration since(long nanos) {
		return Duration.ofNanos(System.nanoTime() - nanos);
	}

}
