package ru.vmeste.voting;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.Residents;
import ru.vmeste.identity.Role;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.ExifJpeg;
import ru.vmeste.support.PortalTest;
import ru.vmeste.voting.internal.VoteAdministration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Officials and administrators prepare a vote in the browser: draft, options, schedule;
 * residents and visitors are kept out; bad input is explained on the form.
 */
@PortalTest
class ManageVotesPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Residents residents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	VoteAdministration administration;

	@Test
	void letsOnlyOfficialsAndAdministratorsIn() {
		assertThat(mvc.get().uri("/manage/votes")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		assertThat(mvc.get().uri("/manage/votes").with(as(DemoAccounts.RESIDENT, Role.RESIDENT))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/manage/votes").with(as(DemoAccounts.RESIDENT, Role.RESIDENT)).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
		VoteId draft = new VotingFixtures(context).vote().scheduled();
		assertThat(mvc.get().uri("/manage/votes").with(as(DemoAccounts.OFFICIAL, Role.OFFICIAL, Role.VOTE_MANAGER))).hasStatusOk()
			.bodyText()
			.contains("Голосования (управление)", "href=\"/manage/votes/" + draft + "\"", "href=\"/manage/votes/new\"");
		assertThat(mvc.get().uri("/manage/votes").with(as(DemoAccounts.ADMIN, Role.ADMIN, Role.RESIDENT))).hasStatusOk();
	}

	@Test
	void anOfficialDraftsAVoteAddsOptionsAndSchedulesIt() {
		RequestPostProcessor official = as(DemoAccounts.OFFICIAL, Role.OFFICIAL, Role.VOTE_MANAGER);
		assertThat(mvc.get().uri("/manage/votes/new").with(official)).hasStatusOk()
			.bodyText()
			.contains("Новое голосование", "name=\"districtIds\"", "Ленинский");
		LocalDateTime opens = LocalDateTime.now().plusDays(3).withNano(0).withSecond(0);
		MvcTestResult created = mvc.post().uri("/manage/votes").with(official).with(csrf())
			.param("titleRu", "Где поставить новую остановку?")
			.param("descriptionRu", "Выберите место.")
			.param("kind", "BUDGET")
			.param("budget", "500000")
			.param("budgetRule", "WITHIN_BUDGET")
			.param("counting", "EQUAL_SHARES")
			.param("districtIds", districtId("kirovsky"))
			.param("minAge", "16")
			.param("opensAt", opens.toString())
			.param("closesAt", opens.plusDays(10).toString())
			.exchange();
		assertThat(created).hasStatus(HttpStatus.FOUND);
		String page = created.getResponse().getRedirectedUrl();
		assertThat(mvc.get().uri(page).with(official)).hasStatusOk()
			.bodyText()
			.contains("Где поставить новую остановку?", "Черновик", "Вариантов пока нет.", "id=\"add-option\"");

		assertThat(mvc.post().uri(page + "/options").with(official).with(csrf()).param("titleRu", "У школы"))
			.hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("actionError", "Укажите стоимость проекта в рублях (больше нуля).");
		assertThat(mvc.post().uri(page + "/options").with(official).with(csrf()).param("titleRu", ""))
			.hasStatusOk()
			.bodyText()
			.contains("Укажите название.");
		for (String[] option : new String[][] { { "У школы", "200000" }, { "У рынка", "350000" } }) {
			assertThat(mvc.post().uri(page + "/options").with(official).with(csrf()).param("titleRu", option[0])
				.param("cost", option[1])).hasStatus(HttpStatus.FOUND);
		}
		assertThat(mvc.post().uri(page + "/schedule").with(official).with(csrf())).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("notice", "voting.manage.scheduled");
		assertThat(mvc.get().uri(page).with(official)).bodyText()
			.contains("Скоро", "У рынка", "350 000 ₽", "Вернуть в черновик", "Откроется само в назначенное время");
		UUID vote = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));
		assertThat(jdbc.sql("select status, budget, counting, min_age from voting_votes where id = ?").param(vote)
			.query((rs, row) -> rs.getString(1) + " " + rs.getLong(2) + " " + rs.getString(3) + " " + rs.getInt(4))
			.single()).isEqualTo("SCHEDULED 500000 EQUAL_SHARES 16");
		assertThat(mvc.post().uri(page + "/options").with(official).with(csrf()).param("titleRu", "Ещё одно")
			.param("cost", "1000")).flash().containsEntry("actionError", "Изменять можно только черновик.");
	}

	@Test
	void explainsEveryMistakeOnTheDefinitionForm() {
		assertThat(mvc.post().uri("/manage/votes").with(as(DemoAccounts.ADMIN, Role.ADMIN)).with(csrf())
			.param("titleRu", "")
			.param("descriptionRu", "")
			.param("kind", "BUDGET")
			.param("opensAt", "2030-01-02T10:00")
			.param("closesAt", "2030-01-01T10:00")).hasStatusOk()
			.bodyText()
			.contains("Укажите название.", "Укажите описание.", "aria-invalid=\"true\"");
		assertThat(mvc.post().uri("/manage/votes").with(as(DemoAccounts.ADMIN, Role.ADMIN)).with(csrf())
			.param("titleRu", "Бюджет")
			.param("descriptionRu", "Без денег")
			.param("kind", "BUDGET")
			.param("opensAt", "2030-01-02T10:00")
			.param("closesAt", "2030-01-01T10:00")).hasStatusOk()
			.bodyText()
			.contains("Голосование должно завершаться позже, чем начинается.");
	}

	@Test
	void picturesAreCleanedAndADraftsPictureStaysWithStaff() {
		RequestPostProcessor official = as(DemoAccounts.OFFICIAL, Role.OFFICIAL, Role.VOTE_MANAGER);
		VotingFixtures fixtures = new VotingFixtures(context);
		VoteId vote = fixtures.vote().scheduled();
		administration.unschedule(vote, fixtures.official());
		MockMultipartFile photo = new MockMultipartFile("file", "square.jpg", "image/jpeg", ExifJpeg.withGps(400, 300, 6));
		assertThat(mvc.post().uri("/manage/votes/{id}/image", vote).multipart().file(photo).with(official).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("notice", "voting.manage.image-saved");
		MvcTestResult picture = mvc.get().uri("/manage/votes/{id}/image", vote).with(official).exchange();
		assertThat(picture).hasStatusOk().hasContentType("image/jpeg");
		assertThat(ExifJpeg.hasApp1Segment(picture.getResponse().getContentAsByteArray())).as("EXIF and GPS removed").isFalse();
		assertThat(mvc.get().uri("/votes/{id}/image", vote)).hasStatus(HttpStatus.NOT_FOUND);
		MockMultipartFile text = new MockMultipartFile("file", "notes.jpg", "image/jpeg", "not a picture".getBytes());
		assertThat(mvc.post().uri("/manage/votes/{id}/image", vote).multipart().file(text).with(official).with(csrf()))
			.flash()
			.containsEntry("actionError", "Принимаются только фото в форматах JPEG, PNG и WebP.");
	}

	private String districtId(String code) {
		return jdbc.sql("select id from territory_districts where code = ?").param(code).query(UUID.class).single().toString();
	}

	private RequestPostProcessor as(String email, Role... roles) {
		return user(new PortalUser(residents.findByEmail(email).orElseThrow(), email, "Сотрудник",
				EnumSet.of(roles[0], roles), null));
	}

}
