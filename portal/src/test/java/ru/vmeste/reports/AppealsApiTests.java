package ru.vmeste.reports;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ru.vmeste.shared.GeoPoint;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.ExifJpeg;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Inform API: residents report problems with photos; the public reads appeals without
 * their authors; bad input is refused with problem+json and leaves nothing behind.
 */
@PortalTest
class AppealsApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Topics topics;

	@Autowired
	JdbcClient jdbc;

	String resident;

	String pothole;

	@BeforeEach
	void signIn() {
		resident = DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT);
		pothole = Reporting.topicId(topics, "pothole");
	}

	@Test
	void aResidentReportsAProblemThatWaitsForModerationAndOnlyTheySee() {
		MvcTestResult created = Reporting.submit(mvc, resident, pothole, Reporting.somewhereInTheCentre(),
				"Глубокая яма у подъезда, колесо провалилось");
		assertThat(created).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.status").isEqualTo("MODERATION");
		String id = JsonPath.read(Reporting.body(created), "$.id");
		assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/appeals/" + id);

		assertThat(mvc.get().uri("/api/v1/appeals/{id}", id).header("Authorization", resident)).hasStatusOk()
			.bodyJson()
			.satisfies(body -> {
				body.assertThat().extractingPath("$.history[0].status").isEqualTo("MODERATION");
				body.assertThat().extractingPath("$.organizationId").isNull();
			});
		assertThat(mvc.get().uri("/api/v1/appeals/{id}", id)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/api/v1/appeals/{id}", id)
			.header("Authorization", DemoAccounts.newResident(mvc, DemoAccounts.uniqueEmail())))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/api/v1/appeals/{id}", id)
			.header("Authorization", DemoAccounts.bearer(mvc, DemoAccounts.MODERATOR))).hasStatusOk();
	}

	@Test
	void theSubmitAnswersTheAppealExactlyAsItIsReadAfterwardsThoughItReadsNothingBack() {
		String unconfirmed = DemoAccounts.unconfirmedResident(mvc, DemoAccounts.uniqueEmail());
		for (String author : List.of(resident, unconfirmed)) {
			MvcTestResult created = Reporting.submit(mvc, author, pothole, Reporting.somewhereInTheCentre(),
					"Яма у остановки, ответ на отправку сверяем с чтением");
			assertThat(created).hasStatus(HttpStatus.CREATED);
			String id = JsonPath.read(Reporting.body(created), "$.id");
			assertThat(mvc.get().uri("/api/v1/appeals/{id}", id).header("Authorization", author)).hasStatusOk()
				.bodyJson()
				.isStrictlyEqualTo(Reporting.body(created));
		}
	}

	@Test
	void anAppealOfAnAccountWithoutAConfirmedEmailIsHeldForItsAuthorAloneUntilTheyConfirm() {
		String email = DemoAccounts.uniqueEmail();
		String newcomer = DemoAccounts.unconfirmedResident(mvc, email);
		MvcTestResult created = Reporting.submit(mvc, newcomer, pothole, Reporting.somewhereInTheCentre(),
				"Яма у школы, ещё не подтвердил почту");
		assertThat(created).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.status").isEqualTo("HELD");
		String id = JsonPath.read(Reporting.body(created), "$.id");
		assertThat(mvc.get().uri("/api/v1/appeals/{id}", id).header("Authorization", newcomer)).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/appeals/{id}", id)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/api/v1/appeals/{id}", id)
			.header("Authorization", DemoAccounts.bearer(mvc, DemoAccounts.MODERATOR))).hasStatus(HttpStatus.NOT_FOUND);

		DemoAccounts.confirmEmail(mvc, email);
		Reporting.awaitStatus(mvc, newcomer, id, AppealStatus.MODERATION);
		assertThat(mvc.get().uri("/api/v1/appeals/{id}", id).header("Authorization", newcomer)).bodyJson()
			.extractingPath("$.history[*].change")
			.asArray()
			.containsExactly("SUBMITTED", "RELEASED");
		Reporting.decide(mvc, DemoAccounts.bearer(mvc, DemoAccounts.MODERATOR), id, "{\"decision\":\"PUBLISH\"}");
		Reporting.awaitRouted(mvc, id);
	}

	@Test
	void servesPhotosWithoutAnyExifOrGpsBlock() throws Exception {
		String id = Reporting.report(mvc, resident, pothole, Reporting.somewhereInTheCentre(), "Яма, фото приложено");
		byte[] phonePhoto = ExifJpeg.withGps(320, 240, 6);
		assertThat(ExifJpeg.hasApp1Segment(phonePhoto)).isTrue();

		MvcTestResult uploaded = mvc.post()
			.uri("/api/v1/appeals/{id}/photos", id)
			.multipart()
			.file(new MockMultipartFile("file", "IMG_0001.jpg", "image/jpeg", phonePhoto))
			.header("Authorization", resident)
			.exchange();
		assertThat(uploaded).hasStatus(HttpStatus.CREATED);
		String url = JsonPath.read(Reporting.body(uploaded), "$.url");

		for (String photo : new String[] { url, url + "?thumbnail=true" }) {
			MvcTestResult served = mvc.get().uri(photo).header("Authorization", resident).exchange();
			assertThat(served).hasStatusOk().hasContentType(MediaType.IMAGE_JPEG);
			byte[] bytes = served.getResponse().getContentAsByteArray();
			assertThat(ExifJpeg.hasApp1Segment(bytes)).isFalse();
			assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("Exif", "GPS");
		}
		assertThat(mvc.get().uri("/api/v1/appeals/{id}", id).header("Authorization", resident)).bodyJson()
			.extractingPath("$.photos[0].url")
			.isEqualTo(url);
	}

	@Test
	void refusesBadInputWithProblemJsonNamingTheField() {
		GeoPoint point = Reporting.somewhereInTheCentre();
		assertField(post("{\"lat\":58.01,\"lon\":56.24,\"text\":\"Яма\"}"), "topicId", "Выберите тематику.");
		assertField(post(json(pothole, point, "   ")), "text", "Опишите проблему.");
		assertField(post(json(pothole, point, "я".repeat(2001))), "text", "Текст слишком длинный (не более 2000 символов).");
		assertField(post("{\"topicId\":\"%s\",\"lat\":91,\"lon\":56.24,\"text\":\"Яма\"}".formatted(pothole)), "lat",
				"Широта должна быть от -90 до 90.");
		assertField(post("{\"topicId\":\"%s\",\"lat\":58,\"lon\":-181,\"text\":\"Яма\"}".formatted(pothole)), "lon",
				"Долгота должна быть от -180 до 180.");
		assertField(post(json(pothole, point, "Яма <script>alert(1)</script>")), "text",
				"Текст не должен содержать HTML-теги и скрипты; пишите обычным текстом.");
		assertThat(post(json(pothole, new GeoPoint(55.7558, 37.6173), "Яма в Москве"))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Точка вне районов города; отметьте точку в городе.");
		assertThat(post(json(Reporting.topicId(topics, "roads"), point, "Яма"))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Выберите тематику, а не группу тематик.");
		assertThat(jdbc.sql("select count(*) from reports_appeals where text like 'Яма <script>%' or text = 'Яма в Москве'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void refusesAFileThatIsNotAnImageAndASixthPhoto() {
		String id = Reporting.report(mvc, resident, pothole, Reporting.somewhereInTheCentre(), "Яма, шесть фото");
		assertThat(photo(id, resident, "%PDF-1.7 not a photo".getBytes())).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Принимаются только фото в форматах JPEG, PNG и WebP.");
		for (int i = 0; i < 5; i++) {
			assertThat(photo(id, resident, ExifJpeg.withGps(40, 30, 1))).hasStatus(HttpStatus.CREATED);
		}
		assertThat(photo(id, resident, ExifJpeg.withGps(40, 30, 1))).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Не более 5 фотографий к обращению.");
		assertThat(jdbc.sql("select count(*) from reports_appeal_photos where appeal_id = ?::uuid").param(id)
			.query(Long.class)
			.single()).isEqualTo(5);
	}

	@Test
	void onlyTheAuthorAddsPhotosAndOnlyResidentsReport() {
		String id = Reporting.report(mvc, resident, pothole, Reporting.somewhereInTheCentre(), "Яма, чужие фото");
		String another = DemoAccounts.newResident(mvc, DemoAccounts.uniqueEmail());
		assertThat(photo(id, another, ExifJpeg.withGps(40, 30, 1))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/api/v1/appeals/{id}/photos", id).multipart()
			.file(new MockMultipartFile("file", "a.jpg", "image/jpeg", ExifJpeg.withGps(40, 30, 1)))).hasStatus(HttpStatus.UNAUTHORIZED);
		GeoPoint point = Reporting.somewhereInTheCentre();
		assertThat(mvc.post().uri("/api/v1/appeals").contentType(MediaType.APPLICATION_JSON).content(json(pothole, point, "Яма")))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(Reporting.submit(mvc, DemoAccounts.bearer(mvc, DemoAccounts.OFFICIAL), pothole, point, "Яма"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(Reporting.submit(mvc, DemoAccounts.bearer(mvc, DemoAccounts.ADMIN), pothole, point, "Яма у школы"))
			.hasStatus(HttpStatus.CREATED);
	}

	@Test
	void listsOnlyPublishedAppealsWithoutTheirAuthors() {
		String body = Reporting.body(mvc.get().uri("/api/v1/appeals?size=200").exchange());
		assertThat(JsonPath.<Integer>read(body, "$.total")).isPositive();
		assertThat(JsonPath.<List<String>>read(body, "$.items[*].status")).doesNotContain("MODERATION", "REJECTED",
				"MERGED");
		assertThat(body).doesNotContain("author", "Анна", "resident@");
		assertThat(mvc.get().uri("/api/v1/appeals?status=CLOSED&size=5")).bodyJson()
			.extractingPath("$.items[*].status")
			.asArray()
			.containsOnly("CLOSED");
		assertThat(mvc.get().uri("/api/v1/appeals?bbox=1,2,3")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Параметр bbox — четыре числа: minLon,minLat,maxLon,maxLat.");
	}

	@Test
	void listsTheCallersOwnAppealsInEveryStatus() {
		String id = Reporting.report(mvc, resident, pothole, Reporting.somewhereInTheCentre(), "Моя яма на дороге");
		assertThat(mvc.get().uri("/api/v1/appeals/mine?size=200").header("Authorization", resident)).bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.contains(id);
		assertThat(mvc.get().uri("/api/v1/appeals/mine")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void documentsTheInformEndpointsInOpenApi() {
		assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk()
			.bodyText()
			.contains("/api/v1/appeals/{id}/photos", "/api/v1/appeals/duplicates", "/api/v1/moderation/appeals/{id}/decision",
					"/api/v1/moderation/check");
	}

	private MvcTestResult post(String json) {
		return mvc.post().uri("/api/v1/appeals").header("Authorization", resident).contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private MvcTestResult photo(String id, String bearer, byte[] bytes) {
		return mvc.post()
			.uri("/api/v1/appeals/{id}/photos", id)
			.multipart()
			.file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", bytes))
			.header("Authorization", bearer)
			.exchange();
	}

	private static String json(String topic, GeoPoint point, String text) {
		return "{\"topicId\":\"%s\",\"lat\":%s,\"lon\":%s,\"text\":\"%s\"}".formatted(topic, point.lat(), point.lon(), text);
	}

	private static void assertField(MvcTestResult result, String field, String message) {
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies(body -> {
				body.assertThat().extractingPath("$.errors[0].field").isEqualTo(field);
				body.assertThat().extractingPath("$.errors[0].message").isEqualTo(message);
			});
	}

}
