package ru.vmeste.reports;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.shared.GeoPoint;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A second report of the same problem is recognised: same topic, close by, similar words.
 */
@PortalTest
class DuplicatesTests {

	/** About 30 m and 1 km to the north, in degrees of latitude. */
	private static final double THIRTY_METRES = 30 / 111_320.0;

	private static final double ONE_KILOMETRE = 1000 / 111_320.0;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Topics topics;

	@Autowired
	JdbcClient jdbc;

	@Test
	void flagsASimilarReportOfTheSameTopicThirtyMetresAwayButNotOneAKilometreAway() {
		String resident = DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT);
		String pothole = Reporting.topicId(topics, "pothole");
		GeoPoint point = new GeoPoint(58.0042, 56.2310);
		String original = Reporting.report(mvc, resident, pothole, point,
				"Глубокая яма на проезжей части напротив аптеки, машины бьют колёса");
		Reporting.decide(mvc, DemoAccounts.bearer(mvc, DemoAccounts.MODERATOR), original, "{\"decision\":\"PUBLISH\"}");
		Reporting.awaitStatus(mvc, resident, original, AppealStatus.ROUTED);
		String similar = "Яма на проезжей части напротив аптеки, бьют колёса";
		GeoPoint near = new GeoPoint(point.lat() + THIRTY_METRES, point.lon());
		GeoPoint far = new GeoPoint(point.lat() + ONE_KILOMETRE, point.lon());

		assertThat(mvc.get().uri("/api/v1/appeals/duplicates").param("topicId", pothole)
			.param("lat", String.valueOf(near.lat())).param("lon", String.valueOf(near.lon())).param("text", similar))
			.bodyJson()
			.satisfies(body -> {
				body.assertThat().extractingPath("$[*].id").asArray().contains(original);
				body.assertThat().extractingPath("$[?(@.id == '" + original + "')].distanceMetres").asArray().singleElement()
					.satisfies(distance -> assertThat(((Number) distance).intValue()).isBetween(28, 32));
			});
		assertThat(mvc.get().uri("/api/v1/appeals/duplicates").param("topicId", pothole)
			.param("lat", String.valueOf(far.lat())).param("lon", String.valueOf(far.lon())).param("text", similar))
			.bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.doesNotContain(original);

		String author = DemoAccounts.newResident(mvc, DemoAccounts.uniqueEmail());
		String second = Reporting.report(mvc, author, pothole, near, similar);
		String distant = Reporting.report(mvc, author, pothole, far, similar);
		String otherTopic = Reporting.report(mvc, author, Reporting.topicId(topics, "sidewalk-damaged"), near, similar);
		assertThat(similarInQueue(second)).contains(original);
		assertThat(similarInQueue(distant)).doesNotContain(original);
		assertThat(similarInQueue(otherTopic)).doesNotContain(original);
	}

	@Test
	void warnsTheResidentOnTheReportFormBeforeSubmitting() {
		String resident = DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT);
		String pothole = Reporting.topicId(topics, "pothole");
		GeoPoint point = new GeoPoint(58.0148, 56.2468);
		String original = Reporting.report(mvc, resident, pothole, point, "Провал асфальта у входа в поликлинику");
		Reporting.decide(mvc, DemoAccounts.bearer(mvc, DemoAccounts.MODERATOR), original, "{\"decision\":\"PUBLISH\"}");
		Reporting.awaitStatus(mvc, resident, original, AppealStatus.ROUTED);

		assertThat(mvc.get().uri("/appeals/new/duplicates").param("topicId", pothole)
			.param("lat", String.valueOf(point.lat() + THIRTY_METRES)).param("lon", String.valueOf(point.lon()))
			.param("text", "Провал асфальта у поликлиники")
			.with(user("r")
				.roles("RESIDENT")))
			.hasStatusOk()
			.bodyText()
			.contains("Возможно, об этой проблеме уже сообщили", "/appeals/" + original + "/support");
	}

	private String similarInQueue(String appeal) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select similar_items::text from moderation_items where subject_id = ?").param(appeal)
				.query(String.class)
				.optional(), found -> found.isPresent())
			.orElseThrow();
	}

}
