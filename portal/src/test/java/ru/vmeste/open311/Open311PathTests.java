package ru.vmeste.open311;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.identity.internal.Users;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.Reporting;
import ru.vmeste.reports.Topics;
import ru.vmeste.reports.Workspace;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.ExifJpeg;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path of a request posted through Open311: it waits in the moderators' queue (held
 * first when its reporter is new), is published, routed, answered by the official, and then reads
 * {@code closed} with the answer in {@code status_notes} and in the updates, never showing who
 * reported it. Its {@code media_url} is the first photo's public address, which serves it.
 */
@PortalTest
class Open311PathTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Users users;

	@Autowired
	java.time.Clock clock;

	@Autowired
	Topics topics;

	Open311Calls open311;

	String moderator;

	@BeforeEach
	void client() {
		open311 = new Open311Calls(mvc);
		moderator = DemoAccounts.bearer(mvc, DemoAccounts.MODERATOR);
	}

	@Test
	void aPostedRequestIsModeratedPublishedRoutedAnsweredAndThenReadsClosedWithTheAnswer() {
		String start = open311Now(0);
		GeoPoint point = Reporting.somewhereInTheCentre();
		String id = Open311Calls.xml(open311.post("xml", Open311Calls.pothole(DemoAccounts.RESIDENT, point,
				"Глубокая яма на проезжей части у дома 5")), GeoReportSpec.POSTED).getFirst().get("service_request_id");

		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> pendingInQueue(id));
		assertThat(jdbc.sql("select c.name from open311_submissions s join open311_clients c on c.id = s.client_id where s.appeal_id = ?::uuid")
			.param(id).query(String.class).single()).isEqualTo("Demo client (FixMyStreet-style)");
		assertThat(Reporting.decide(mvc, moderator, id, "{\"decision\":\"PUBLISH\"}")).hasStatusOk();
		Reporting.awaitRouted(mvc, id);

		Map<String, String> open = awaitRequest(id, "xml", request -> request.containsKey("agency_responsible"));
		assertThat(open).containsEntry("status", "open")
			.containsEntry("service_code", "pothole")
			.containsEntry("description", "Глубокая яма на проезжей части у дома 5")
			.containsEntry("agency_responsible", "МКУ «Пермблагоустройство»")
			.doesNotContainKey("status_notes");
		assertThat(Double.parseDouble(open.get("lat"))).isEqualTo(point.lat());
		assertThat(Double.parseDouble(open.get("long"))).isEqualTo(point.lon());
		assertThat(open.get("expected_datetime")).isNotBlank();

		String official = DemoAccounts.bearer(mvc, DemoAccounts.OFFICIAL);
		assertThat(new Workspace(mvc).answer(official, id, "Яму заделали холодным асфальтом")).hasStatus(HttpStatus.CREATED);

		Map<String, String> closed = awaitRequest(id, "json", request -> "closed".equals(request.get("status")));
		assertThat(closed).containsEntry("status_notes", "Яму заделали холодным асфальтом");
		assertThat(Open311Calls.xml(open311.get("requests/" + id + ".xml"), GeoReportSpec.REQUESTS)).singleElement()
			.satisfies(request -> assertThat(request).containsEntry("status", "closed")
				.containsEntry("status_notes", "Яму заделали холодным асфальтом"));
		assertThat(Open311Calls.json(open311.get("requests.json", "status", "closed", "service_code", "pothole"),
				GeoReportSpec.REQUESTS)).extracting(request -> request.get("service_request_id")).contains(id);
		assertThat(Open311Calls.json(open311.get("requests.json", "status", "open", "service_code", "pothole,graffiti"),
				GeoReportSpec.REQUESTS)).extracting(request -> request.get("service_request_id")).doesNotContain(id);
		List<Map<String, String>> updates = Open311Calls.xml(
				open311.get("servicerequestupdates.xml", "start_date", start, "end_date", open311Now(1), "api_key",
						Open311Calls.DEMO_KEY, "jurisdiction_id", "perm"),
				GeoReportSpec.UPDATES).stream().filter(update -> id.equals(update.get("service_request_id"))).toList();
		assertThat(updates).extracting(update -> update.get("status")).containsExactly("open", "open", "closed");
		assertThat(updates.getFirst().get("description")).isNotBlank();
		assertThat(updates.get(1).get("description")).contains("МКУ «Пермблагоустройство»");
		assertThat(updates.getLast()).containsEntry("description", "Яму заделали холодным асфальтом");
		assertThat(updates).extracting(update -> Long.parseLong(update.get("update_id"))).isSorted();

		String everything = Reporting.body(open311.get("requests/" + id + ".json"))
				+ Reporting.body(open311.get("servicerequestupdates.json"));
		assertThat(everything).doesNotContain("Анна", "Открытова", "912 000", DemoAccounts.RESIDENT);
	}

	@Test
	void aNewReportersRequestIsHeldUntilTheyConfirmTheirEmailAndTheTokenThenGivesItsId() {
		String email = DemoAccounts.uniqueEmail();
		Map<String, String> posted = Open311Calls.json(open311.post("json", Open311Calls.pothole(email,
				Reporting.somewhereInTheCentre(), "Яма от нового автора")), GeoReportSpec.POSTED).getFirst();
		assertThat(posted).doesNotContainKey("service_request_id").containsKey("service_notice");
		String token = posted.get("token");
		assertThat(token).isNotBlank();

		assertThat(Open311Calls.xml(open311.get("tokens/" + token + ".xml"), GeoReportSpec.TOKEN)).singleElement()
			.satisfies(answer -> assertThat(answer).containsEntry("token", token).doesNotContainKey("service_request_id"));
		String appeal = jdbc.sql("select appeal_id::text from open311_submissions where token = ?").param(token)
			.query(String.class).single();
		assertThat(status(appeal)).isEqualTo(AppealStatus.HELD.name());
		assertThat(pendingInQueue(appeal)).isFalse();
		assertThat(users.byEmail(email).orElseThrow().name()).isEqualTo("Анна Открытова");

		DemoAccounts.confirmEmail(mvc, email);

		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> pendingInQueue(appeal));
		assertThat(Open311Calls.json(open311.get("tokens/" + token + ".json"), GeoReportSpec.TOKEN)).singleElement()
			.satisfies(answer -> assertThat(answer).containsEntry("service_request_id", appeal));
		assertThat(TestMailServer.messagesTo(email)).isNotEmpty();
	}

	@Test
	void mediaUrlIsTheFirstPhotoAndServesIt() throws Exception {
		String resident = DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT);
		String id = Reporting.report(mvc, resident, Reporting.topicId(topics, "pothole"), Reporting.somewhereInTheCentre(),
				"Яма с фотографией у въезда во двор");
		assertThat(mvc.post()
			.uri("/api/v1/appeals/{id}/photos", id)
			.multipart()
			.file(new MockMultipartFile("file", "yama.jpg", "image/jpeg", ExifJpeg.withGps(64, 48, 1)))
			.header("Authorization", resident)).hasStatus(HttpStatus.CREATED);
		assertThat(Reporting.decide(mvc, moderator, id, "{\"decision\":\"PUBLISH\"}")).hasStatusOk();

		for (String format : List.of("json", "xml")) {
			Map<String, String> request = awaitRequest(id, format, answer -> answer.get("media_url") != null);
			URI media = URI.create(request.get("media_url"));
			assertThat(media.getScheme()).isIn("http", "https");
			assertThat(media.getPath()).startsWith("/api/v1/appeals/" + id + "/photos/");
			assertThat(mvc.get().uri(media.getPath())).hasStatusOk().headers().hasValue("Content-Type", "image/jpeg");
		}
	}

	@Test
	void aRejectedRequestIsNeverListed() {
		String id = Open311Calls.json(open311.post("json", Open311Calls.pothole(DemoAccounts.RESIDENT,
				Reporting.somewhereInTheCentre(), "Реклама ремонта ям недорого")), GeoReportSpec.POSTED).getFirst()
			.get("service_request_id");
		assertThat(Reporting.decide(mvc, moderator, id, "{\"decision\":\"REJECT\",\"reason\":\"Реклама\"}")).hasStatusOk();
		assertThat(open311.get("requests/" + id + ".json")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(Open311Calls.json(open311.get("requests.json", "service_request_id", id), GeoReportSpec.REQUESTS))
			.isEmpty();
	}

	private Map<String, String> awaitRequest(String id, String format,
			java.util.function.Predicate<Map<String, String>> condition) {
		return Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
			var answer = open311.get("requests/" + id + "." + format);
			if (answer.getResponse().getStatus() != 200) {
				return null;
			}
			return "xml".equals(format) ? Open311Calls.xml(answer, GeoReportSpec.REQUESTS).getFirst()
					: Open311Calls.json(answer, GeoReportSpec.REQUESTS).getFirst();
		}, request -> request != null && condition.test(request));
	}

	private boolean pendingInQueue(String appeal) {
		return jdbc.sql("select count(*) from moderation_items where subject_id = ? and state = 'PENDING'").param(appeal)
			.query(Long.class).single() > 0;
	}

	private String status(String appeal) {
		return jdbc.sql("select status from reports_appeals where id = ?::uuid").param(appeal).query(String.class).single();
	}

	/** Now and some seconds, as a client writes it: to the second. */
	private String open311Now(int seconds) {
		return java.time.OffsetDateTime.now(clock).plusSeconds(seconds).withNano(0).toString();
	}

}
