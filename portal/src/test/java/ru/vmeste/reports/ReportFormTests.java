package ru.vmeste.reports;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMultipartMvcRequestBuilder;

import ru.vmeste.identity.internal.Users;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.ExifJpeg;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The report form explains every mistake in the resident's language, keeps what they typed,
 * stores nothing when anything is wrong, and shows stored text escaped.
 */
@PortalTest
class ReportFormTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Topics topics;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AppealIntake intake;

	RequestPostProcessor resident;

	String pothole;

	@BeforeEach
	void signIn() {
		resident = SignedIn.as(users, DemoAccounts.RESIDENT);
		pothole = Reporting.topicId(topics, "pothole");
	}

	@Test
	void explainsEveryBadFieldInRussianAndKeepsWhatWasTyped() {
		assertThat(form("", "91", "56.24", "").param("address", "у школы № 5")).hasStatusOk()
			.bodyText()
			.contains("Выберите тематику.", "Опишите проблему.", "Широта должна быть от -90 до 90.", "у школы № 5",
					"aria-invalid=\"true\"");
		assertThat(form(pothole, "север", "56.24", "Яма")).bodyText().contains("Широта — это число, например 58.0105.");
		assertThat(form(pothole, "58.0106", "56.2420", "я".repeat(2001))).bodyText()
			.contains("Текст слишком длинный (не более 2000 символов).");
		assertThat(form(pothole, "58.0106", "56.2420", "Яма <img src=x onerror=alert(1)>")).bodyText()
			.contains("Текст не должен содержать HTML-теги и скрипты; пишите обычным текстом.")
			.doesNotContain("<img src=x");
		assertThat(form(pothole, "55.7558", "37.6173", "Яма в Москве")).bodyText()
			.contains("Точка вне районов города; отметьте точку в городе.");
	}

	@Test
	void explainsInEnglishWhenEnglishIsChosen() {
		assertThat(form("", "58.0106", "56.2420", "").cookie(new Cookie("vmeste-lang", "en"))).hasStatusOk()
			.bodyText()
			.contains("Choose a topic.", "Describe the problem.");
	}

	@Test
	void storesNothingWhenAPhotoIsNotAnImage() {
		String text = "Яма и не картинка " + System.nanoTime();
		assertThat(form(pothole, "58.0106", "56.2420", text)
			.file(new MockMultipartFile("photos", "a.jpg", "image/jpeg", ExifJpeg.withGps(40, 30, 1)))
			.file(new MockMultipartFile("photos", "report.pdf", "application/pdf", "%PDF-1.7".getBytes())))
			.hasStatusOk()
			.bodyText()
			.contains("Принимаются только фото в форматах JPEG, PNG и WebP.", text);
		assertThat(jdbc.sql("select count(*) from reports_appeals where text = ?").param(text).query(Long.class).single())
			.isZero();
	}

	@Test
	void refusesMoreThanFivePhotos() {
		MockMultipartMvcRequestBuilder request = form(pothole, "58.0106", "56.2420", "Яма, семь фото");
		for (int i = 0; i < 6; i++) {
			request.file(new MockMultipartFile("photos", "p" + i + ".jpg", "image/jpeg", ExifJpeg.withGps(40, 30, 1)));
		}
		assertThat(request).hasStatusOk().bodyText().contains("Не более 5 фотографий к обращению.");
	}

	@Test
	void showsTheStoredTextEscapedWithTheAnswersToTheTopicsQuestions() {
		GeoPoint point = Reporting.somewhereInTheCentre();
		String text = "Яма глубиной <10 см & \"опасно\" " + System.nanoTime();
		String size = "answers[" + intake.questions(TopicId.of(pothole)).getFirst().key() + "]";
		assertThat(form(pothole, String.valueOf(point.lat()), String.valueOf(point.lon()), text).param(size, "глубокая"))
			.hasStatusOk()
			.bodyText()
			.contains("Ответ на вопрос «Примерный размер ямы, см» должен быть числом.");
		var submitted = form(pothole, String.valueOf(point.lat()), String.valueOf(point.lon()), text).param(size, "45")
			.file(new MockMultipartFile("photos", "a.jpg", "image/jpeg", ExifJpeg.withGps(40, 30, 1)))
			.exchange();
		assertThat(submitted).hasStatus(HttpStatus.FOUND);
		String page = submitted.getResponse().getRedirectedUrl();
		assertThat(mvc.get().uri(page).with(resident)).hasStatusOk()
			.bodyText()
			.contains("Яма глубиной &lt;10 см &amp; &quot;опасно&quot;", "На модерации", "Примерный размер ямы, см", ">45<")
			.doesNotContain("<10 см &");
	}

	@Test
	void needsTheCsrfTokenAndAResident() {
		assertThat(mvc.post().uri("/appeals").multipart().with(resident).param("topicId", pothole))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/appeals/new")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		assertThat(mvc.get().uri("/appeals/new").with(SignedIn.as(users, DemoAccounts.OFFICIAL))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/appeals/new").with(resident)).hasStatusOk().bodyText().contains("Яма на дороге");
		assertThat(mvc.get().uri("/appeals/new/questions?topicId=" + pothole).with(resident)).hasStatusOk()
			.bodyText()
			.contains("Примерный размер ямы, см", "answers[");
	}

	private MockMultipartMvcRequestBuilder form(String topicId, String lat, String lon, String text) {
		return mvc.post()
			.uri("/appeals")
			.multipart()
			.with(resident)
			.with(csrf())
			.param("topicId", topicId)
			.param("lat", lat)
			.param("lon", lon)
			.param("text", text);
	}

}
