package ru.vmeste.reports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.vmeste.identity.internal.Users;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A phone that sends a queued report again (the answer was lost, the connection dropped, two
 * tabs sent it at once) gets the appeal its first attempt created: one appeal per idempotency key.
 */
@PortalTest
class IdempotentSubmissionTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Topics topics;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	String pothole;

	@BeforeEach
	void topic() {
		pothole = Reporting.topicId(topics, "pothole");
	}

	@Test
	void theApiAnswersTheSameAppealForTheSameKey() {
		String bearer = DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT);
		String key = UUID.randomUUID().toString();
		String text = "Яма, отправлено дважды " + key;
		GeoPoint point = Reporting.somewhereInTheCentre();
		String first = id(api(bearer, key, point, text));
		String second = id(api(bearer, key, point, text));
		assertThat(second).isEqualTo(first);
		assertThat(appealsWith(text)).isEqualTo(1);
		assertThat(id(api(bearer, UUID.randomUUID().toString(), point, text))).isNotEqualTo(first);
		assertThat(api(bearer, "not-a-uuid", point, text)).hasStatus(HttpStatus.BAD_REQUEST);
	}

	/**
	 * The first answer is built from what the submission stored, not read back; a repeat with the
	 * same key reads the appeal: both must show the same, answers and history included.
	 */
	@Test
	void theFirstAnswerShowsTheAppealAsAReadOfItDoes() throws Exception {
		RequestPostProcessor admin = SignedIn.as(users, DemoAccounts.ADMIN);
		String code = "asked-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(mvc.post().uri("/admin/topics").with(admin).with(csrf()).param("code", code)
			.param("groupId", Reporting.topicId(topics, "roads")).param("nameRu", "Яма с вопросом").param("nameEn", "Asked pothole"))
			.hasStatus(HttpStatus.FOUND);
		Topic topic = topics.byCode(code).orElseThrow();
		for (String label : List.of("Глубина, см", "Ширина, см", "Длина, см")) {
			assertThat(mvc.post().uri("/admin/topics/{id}/questions", topic.id().value()).with(admin).with(csrf())
				.param("labelRu", label).param("numeric", "true").param("required", "true")).hasStatus(HttpStatus.FOUND);
		}
		List<String> questions = jdbc.sql("select id::text from reports_topic_questions where topic_id = ? order by sort_order")
			.param(topic.id().value())
			.query(String.class)
			.list();
		String bearer = DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT);
		String key = UUID.randomUUID().toString();
		GeoPoint point = Reporting.somewhereInTheCentre();
		String body = ("{\"topicId\":\"%s\",\"lat\":%s,\"lon\":%s,\"text\":\"Глубокая яма\","
				+ "\"answers\":{\"%s\":\"5\",\"%s\":\" 15 \",\"%s\":\"40\"}}")
			.formatted(topic.id(), point.lat(), point.lon(), questions.get(2), questions.get(0), questions.get(1));
		MvcTestResult first = api(bearer, key, body);
		MvcTestResult again = api(bearer, key, body);
		assertThat(first).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.answers")
			.isEqualTo(Map.of(questions.get(0), "15", questions.get(1), "40", questions.get(2), "5"));
		// in the order the topic asks them, as the repeat (read back from the database) shows them
		assertThat(first.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.containsSubsequence(questions.get(0), questions.get(1), questions.get(2));
		assertThat(first).bodyJson().extractingPath("$.history[*].change").asArray().containsExactly("SUBMITTED");
		assertThat(again).hasStatus(HttpStatus.CREATED);
		assertThat(first.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(again.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void concurrentRetriesOfTheFormCreateOneAppeal() throws Exception {
		RequestPostProcessor resident = SignedIn.as(users, DemoAccounts.RESIDENT);
		String key = UUID.randomUUID().toString();
		String text = "Яма, форма отправлена из двух вкладок " + key;
		GeoPoint point = Reporting.somewhereInTheCentre();
		Callable<String> send = () -> mvc.post()
			.uri("/appeals")
			.multipart()
			.with(resident)
			.with(csrf())
			.header("Idempotency-Key", key)
			.param("topicId", pothole)
			.param("lat", String.valueOf(point.lat()))
			.param("lon", String.valueOf(point.lon()))
			.param("text", text)
			.exchange()
			.getResponse()
			.getRedirectedUrl();
		ExecutorService threads = Executors.newFixedThreadPool(3);
		try {
			List<Future<String>> answers = threads.invokeAll(List.of(send, send, send));
			assertThat(answers.stream().map(IdempotentSubmissionTests::get).distinct().toList()).singleElement()
				.asString()
				.matches("/appeals/[0-9a-f-]{36}");
		}
		finally {
			threads.shutdown();
		}
		assertThat(appealsWith(text)).isEqualTo(1);
	}

	private MvcTestResult api(String bearer, String key, GeoPoint point, String text) {
		return api(bearer, key,
				"{\"topicId\":\"%s\",\"lat\":%s,\"lon\":%s,\"text\":\"%s\"}".formatted(pothole, point.lat(), point.lon(), text));
	}

	private MvcTestResult api(String bearer, String key, String body) {
		return mvc.post()
			.uri("/api/v1/appeals")
			.header("Authorization", bearer)
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private static String id(MvcTestResult result) {
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return result.getResponse().getHeader("Location");
	}

	private long appealsWith(String text) {
		return jdbc.sql("select count(*) from reports_appeals where text = ?").param(text).query(Long.class).single();
	}

	private static String get(Future<String> answer) {
		try {
			return answer.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
