package ru.vmeste.ideas;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;

import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ru.vmeste.identity.Role;
import ru.vmeste.identity.UserId;
import ru.vmeste.identity.internal.ApiTokens;
import ru.vmeste.identity.internal.Users;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.voting.internal.VotingJobs;

/**
 * Campaigns, ideas and people for ideas tests, made through the portal's own API: campaigns by
 * the demo administrator, reviews by the demo expert, moderation by the demo moderator;
 * residents are accounts made for the test.
 */
public final class IdeasFixtures {

	/** A test account and a bearer token for it. */
	public record Account(UserId id, String email, String bearer) {
	}

	/** A point in Leninsky district, in the centre of Perm. */
	public static final GeoPoint CENTRE = new GeoPoint(58.0106, 56.2420);

	private final MockMvcTester mvc;

	private final Users users;

	private final ApiTokens tokens;

	private final PasswordEncoder passwords;

	private final JdbcClient jdbc;

	private final VotingJobs votingJobs;

	private final Clock clock;

	public IdeasFixtures(ApplicationContext context) {
		this.mvc = context.getBean(MockMvcTester.class);
		this.users = context.getBean(Users.class);
		this.tokens = context.getBean(ApiTokens.class);
		this.passwords = context.getBean(PasswordEncoder.class);
		this.jdbc = context.getBean(JdbcClient.class);
		this.votingJobs = context.getBean(VotingJobs.class);
		this.clock = context.getBean(Clock.class);
	}

	public String admin() {
		return DemoAccounts.bearer(mvc, DemoAccounts.ADMIN);
	}

	public String expert() {
		return DemoAccounts.bearer(mvc, "expert@demo.vmeste");
	}

	public String moderator() {
		return DemoAccounts.bearer(mvc, DemoAccounts.MODERATOR);
	}

	/** A campaign for the whole region with the threshold, in the given phase (earlier phases in the past). */
	public String campaign(String title, int threshold, CampaignPhase phase) {
		MvcTestResult result = post(admin(), "/api/v1/campaigns", campaignJson(title, threshold, phase, 1_000_000));
		if (result.getResponse().getStatus() != 201) {
			throw new IllegalStateException(body(result));
		}
		return JsonPath.read(body(result), "$.id");
	}

	/**
	 * Campaign JSON whose schedule puts it in the phase now: the phases before it started in the
	 * past (a day apart), the later ones start in the future (thirty days apart).
	 */
	public String campaignJson(String title, int threshold, CampaignPhase phase, long budget) {
		Instant now = clock.instant();
		StringBuilder phases = new StringBuilder();
		for (CampaignPhase each : CampaignPhase.values()) {
			int offset = each.ordinal() - phase.ordinal();
			Instant start = offset <= 0 ? now.minus(Duration.ofDays(1 - offset)) : now.plus(Duration.ofDays(30L * offset));
			phases.append(phases.isEmpty() ? "" : ",")
				.append("{\"phase\":\"").append(each).append("\",\"startsAt\":\"").append(start).append("\"}");
		}
		return "{\"titleRu\":\"" + title + "\",\"descriptionRu\":\"Кампания для теста: " + title + "\",\"budget\":" + budget
				+ ",\"supportThreshold\":" + threshold + ",\"phases\":[" + phases + "]}";
	}

	/** Proposes a project at a point near the centre as the resident; answers the idea's id. */
	public String project(Account author, String campaign, String title, long cost) {
		GeoPoint point = somewhereInTheCentre();
		MvcTestResult result = post(author.bearer(), "/api/v1/ideas", "{\"campaignId\":" + quoted(campaign)
				+ ",\"kind\":\"PROJECT\",\"title\":\"" + title + "\",\"text\":\"Описание проекта: " + title
				+ ". Нужно для жителей района.\",\"lat\":" + point.lat() + ",\"lon\":" + point.lon()
				+ ",\"estimatedCost\":" + cost + "}");
		if (result.getResponse().getStatus() != 201) {
			throw new IllegalStateException(body(result));
		}
		return JsonPath.read(body(result), "$.id");
	}

	/** The moderator publishes the idea once it is in the queue, and it becomes public. */
	public void publish(String idea) {
		String moderator = moderator();
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> post(moderator,
				"/api/v1/moderation/ideas/" + idea + "/decision", "{\"decision\":\"PUBLISH\"}").getResponse().getStatus() == 200);
		awaitStatus(idea, "PUBLISHED");
	}

	public void awaitStatus(String idea, String status) {
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> status.equals(statusOf(idea)));
	}

	public String statusOf(String idea) {
		return JsonPath.read(body(mvc.get().uri("/api/v1/ideas/{id}", idea).header("Authorization", admin()).exchange()),
				"$.status");
	}

	/** New residents, each supporting the idea; answers them. */
	public List<Account> supporters(String idea, int count) {
		List<Account> accounts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Account resident = resident();
			MvcTestResult result = post(resident.bearer(), "/api/v1/ideas/" + idea + "/supports", "");
			if (result.getResponse().getStatus() != 201) {
				throw new IllegalStateException(body(result));
			}
			accounts.add(resident);
		}
		return accounts;
	}

	public void phase(String campaign, CampaignPhase phase) {
		MvcTestResult result = post(admin(), "/api/v1/campaigns/" + campaign + "/phase", "{\"phase\":\"" + phase + "\"}");
		if (result.getResponse().getStatus() != 200) {
			throw new IllegalStateException(body(result));
		}
	}

	public MvcTestResult review(String bearer, String idea, String decision, Long cost, String note) {
		return post(bearer, "/api/v1/ideas/" + idea + "/review", "{\"decision\":\"" + decision + "\",\"estimatedCost\":"
				+ cost + ",\"note\":" + quoted(note) + "}");
	}

	/**
	 * Time passes beyond the vote's closing (only this vote's: the demo's open votes stay open)
	 * and the calendar job closes it, as the voting module's own tests do.
	 */
	public void closeVote(String vote) {
		jdbc.sql("update voting_votes set closes_at = greatest(opens_at, ?) where id = ?")
			.params(Timestamp.from(clock.instant().minusSeconds(1)), UUID.fromString(vote))
			.update();
		votingJobs.openAndCloseOnTime();
	}

	/** A resident account with a confirmed e-mail and an API token. */
	public Account resident() {
		return account(Set.of(Role.RESIDENT));
	}

	public Account account(Set<Role> roles) {
		return account(roles, "{noop}unused");
	}

	/** A resident who signs in on the pages with the demo password. */
	public Account residentWhoSignsIn() {
		return account(Set.of(Role.RESIDENT), passwords.encode(DemoAccounts.PASSWORD));
	}

	private Account account(Set<Role> roles, String passwordHash) {
		UserId id = UserId.random();
		String email = "ideas-" + id + "@example.org";
		Instant now = clock.instant();
		users.insert(id, email, passwordHash, "Тестовый житель", Locale.forLanguageTag("ru"), now, roles);
		users.confirmEmail(id, now);
		return new Account(id, email, "Bearer " + tokens.issue(id).secret());
	}

	public MvcTestResult post(String bearer, String uri, String json) {
		return mvc.post().uri(uri).header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON).content(json)
			.exchange();
	}

	/** A point in the centre no other test uses, a few hundred metres around it at random. */
	public static GeoPoint somewhereInTheCentre() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return new GeoPoint(CENTRE.lat() - 0.004 + random.nextDouble(0.008), CENTRE.lon() - 0.008 + random.nextDouble(0.016));
	}

	public static String quoted(String value) {
		return value == null ? "null" : "\"" + value + "\"";
	}

	public static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
