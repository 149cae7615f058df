package ru.vmeste.reports;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import org.awaitility.Awaitility;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ru.vmeste.shared.GeoPoint;
import ru.vmeste.support.DemoAccounts;

/**
 * Reports problems through the API the way the mobile app does, for tests of the Inform service.
 */
public final class Reporting {

	/** A point in Leninsky district, in the centre of Perm. */
	public static final GeoPoint CENTRE = new GeoPoint(58.0106, 56.2420);

	private Reporting() {
	}

	public static String topicId(Topics topics, String code) {
		return topics.byCode(code).orElseThrow().id().toString();
	}

	/** A point in the centre no other test uses: a few hundred metres around it, at random. */
	public static GeoPoint somewhereInTheCentre() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return new GeoPoint(CENTRE.lat() - 0.006 + random.nextDouble(0.012), CENTRE.lon() - 0.01 + random.nextDouble(0.02));
	}

	public static MvcTestResult submit(MockMvcTester mvc, String bearer, String topicId, GeoPoint point, String text) {
		return mvc.post()
			.uri("/api/v1/appeals")
			.header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"topicId\":\"%s\",\"lat\":%s,\"lon\":%s,\"text\":\"%s\"}".formatted(topicId, point.lat(), point.lon(),
					text))
			.exchange();
	}

	/** Submits an appeal and answers its id. */
	public static String report(MockMvcTester mvc, String bearer, String topicId, GeoPoint point, String text) {
		return JsonPath.read(body(submit(mvc, bearer, topicId, point, text)), "$.id");
	}

	/** An appeal waiting in the moderators' queue: its id and the number residents quote. */
	public record WaitingAppeal(String id, long number) {
	}

	/**
	 * Reports a pothole in the centre as the demo resident and waits until the appeal waits in
	 * the moderators' queue.
	 */
	public static WaitingAppeal waitingForModeration(MockMvcTester mvc, JdbcClient jdbc, Topics topics, String text) {
		String id = report(mvc, DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT), topicId(topics, "pothole"),
				somewhereInTheCentre(), text);
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> jdbc
				.sql("select count(*) from moderation_items where kind = 'APPEAL' and subject_id = ? and state = 'PENDING'")
				.param(id)
				.query(Long.class)
				.single() == 1);
		long number = jdbc.sql("select number from reports_appeals where id = ?::uuid").param(id).query(Long.class).single();
		return new WaitingAppeal(id, number);
	}

	/** Waits until the appeal is in the moderators' queue, then decides on it as the moderator. */
	public static MvcTestResult decide(MockMvcTester mvc, String moderator, String appealId, String json) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> mvc.post()
				.uri("/api/v1/moderation/appeals/{id}/decision", appealId)
				.header("Authorization", moderator)
				.contentType(MediaType.APPLICATION_JSON)
				.content(json)
				.exchange(), result -> result.getResponse().getStatus() != 404);
	}

	/** Waits until the appeal is in the status, as its author sees it. */
	public static void awaitStatus(MockMvcTester mvc, String bearer, String appealId, AppealStatus status) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			// the API leaves out an organization not yet known
			.ignoreException(PathNotFoundException.class)
			.until(() -> JsonPath.read(body(mvc.get().uri("/api/v1/appeals/{id}", appealId).header("Authorization", bearer)
				.exchange()), "$.status"), status.name()::equals);
	}

	/**
	 * Reports a problem as the resident, publishes it as the moderator and waits until routing
	 * has sent it to an organization; answers the appeal's id.
	 */
	public static String published(MockMvcTester mvc, String resident, String moderator, String topicId, GeoPoint point,
			String text) {
		String id = report(mvc, resident, topicId, point, text);
		decide(mvc, moderator, id, "{\"decision\":\"PUBLISH\"}");
		awaitRouted(mvc, id);
		return id;
	}

	/** Waits until routing has sent the published appeal to an organization. */
	public static void awaitRouted(MockMvcTester mvc, String appealId) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			// the API leaves out an organization not yet known
			.ignoreException(PathNotFoundException.class)
			.until(() -> JsonPath.read(body(mvc.get().uri("/api/v1/appeals/{id}", appealId).exchange()),
					"$.organizationId"), organization -> organization != null);
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
