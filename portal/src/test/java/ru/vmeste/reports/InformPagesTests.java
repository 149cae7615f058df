package ru.vmeste.reports;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.Residents;
import ru.vmeste.identity.Role;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The pages of Inform per role: the public map and list, an appeal's page, a resident's own
 * appeals, supporting an appeal, the moderators' queue and the home page figures.
 */
@PortalTest
class InformPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Topics topics;

	@Autowired
	Residents residents;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theListFiltersAndPagesAndSaysWhenNothingMatches() {
		assertThat(mvc.get().uri("/appeals?status=CLOSED&page=1")).hasStatusOk()
			.bodyText()
			.contains("Обращения жителей", "Решено", "data-appeals-map", "/appeals?status=CLOSED&amp;page=0")
			.doesNotContain("На модерации");
		assertThat(mvc.get().uri("/appeals?from=2099-01-01")).hasStatusOk()
			.bodyText()
			.contains("Нет обращений, подходящих под фильтры.");
		assertThat(mvc.get().uri("/appeals?from=2026-02-01&to=2026-01-01")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Начало периода позже его конца.");
		assertThat(mvc.get().uri("/appeals?lang=en")).bodyText().contains("Appeals of residents", "Report a problem");
	}

	@Test
	void anAppealWaitingForModerationIsSeenByItsAuthorAndModeratorsOnly() {
		String resident = DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT);
		String id = Reporting.report(mvc, resident, Reporting.topicId(topics, "pothole"), Reporting.somewhereInTheCentre(),
				"Яма, ждёт модерации");
		assertThat(mvc.get().uri("/appeals/{id}", id)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/appeals/{id}", id).with(user(Reporting.signedIn(residents, DemoAccounts.ADMIN, Role.ADMIN))))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/appeals/{id}", id).with(user(Reporting.signedIn(residents, DemoAccounts.RESIDENT))))
			.hasStatusOk()
			.bodyText()
			.contains("Обращение ждёт модерации: его видите только вы и модераторы.");
		assertThat(mvc.get().uri("/appeals/mine").with(user(Reporting.signedIn(residents, DemoAccounts.RESIDENT))))
			.hasStatusOk()
			.bodyText()
			.contains("Мои обращения", "На модерации", "/appeals/" + id);
		assertThat(mvc.get().uri("/appeals/mine")).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void anotherResidentSupportsAPublishedAppealOnce() {
		String id = jdbc.sql("select id::text from reports_appeals where status = 'ROUTED' and supporters = 0 limit 1")
			.query(String.class)
			.single();
		String email = DemoAccounts.uniqueEmail();
		DemoAccounts.newResident(mvc, email);
		PortalUser supporter = Reporting.signedIn(residents, email);
		assertThat(mvc.post().uri("/appeals/{id}/support", id).with(user(supporter)).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		mvc.post().uri("/appeals/{id}/support", id).with(user(supporter)).with(csrf()).exchange();
		assertThat(mvc.get().uri("/appeals/{id}", id).with(user(supporter))).bodyText()
			.contains("Жителей с этой проблемой: 1", "Вы следите за этим обращением.");
		assertThat(mvc.post().uri("/appeals/{id}/support", id).with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(mvc.post().uri("/appeals/{id}/support", id)
			.with(user(Reporting.signedIn(residents, DemoAccounts.OFFICIAL, Role.OFFICIAL))).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void moderatorsSeeTheQueueWithTheMatchedWordsHighlighted() {
		String resident = DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT);
		String text = "Опять эта с у к а яма у дома " + System.nanoTime();
		String id = Reporting.report(mvc, resident, Reporting.topicId(topics, "pothole"), Reporting.somewhereInTheCentre(), text);
		PortalUser moderator = Reporting.signedIn(residents, DemoAccounts.MODERATOR, Role.MODERATOR, Role.RESIDENT);
		String item = Awaitility.await()
			.until(() -> jdbc.sql("select id::text from moderation_items where subject_id = ?").param(id).query(String.class)
				.optional(), found -> found.isPresent())
			.orElseThrow();
		assertThat(mvc.get().uri("/moderation?flag=FLAGGED").with(user(moderator))).hasStatusOk()
			.bodyText()
			.contains("Оскорбительные слова", "/moderation/items/" + item);
		assertThat(mvc.get().uri("/moderation/items/{id}", item).with(user(moderator))).hasStatusOk()
			.bodyText()
			.contains("<mark class=\"abusive\">с у к а</mark>", "Отклонить", "Причина");
		assertThat(mvc.post().uri("/moderation/items/{id}", item).with(user(moderator)).with(csrf())
			.param("decision", "REJECT").param("reasonTemplate", "7b3f0c52-3d0e-4a53-9d1f-0a4a0a000001"))
			.hasStatus(HttpStatus.FOUND);
		Reporting.awaitStatus(mvc, resident, id, AppealStatus.REJECTED);
		assertThat(mvc.get().uri("/api/v1/appeals/{id}", id).header("Authorization", resident)).bodyJson()
			.extractingPath("$.history[1].note")
			.isEqualTo("Текст содержит нецензурные или оскорбительные выражения.");

		for (PortalUser other : new PortalUser[] { Reporting.signedIn(residents, DemoAccounts.RESIDENT),
				Reporting.signedIn(residents, DemoAccounts.OFFICIAL, Role.OFFICIAL),
				Reporting.signedIn(residents, DemoAccounts.ADMIN, Role.ADMIN) }) {
			assertThat(mvc.get().uri("/moderation").with(user(other))).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(mvc.get().uri("/moderation/reasons").with(user(Reporting.signedIn(residents, DemoAccounts.ADMIN,
				Role.ADMIN)))).hasStatusOk().bodyText().contains("Сообщение похоже на рекламу или спам.");
		assertThat(mvc.get().uri("/moderation/reasons").with(user(Reporting.signedIn(residents, DemoAccounts.RESIDENT))))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theHomePageCountsPublishedAppealsAndTheShareResolved() {
		assertThat(mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("обращений опубликовано", "из них решено", "href=\"/appeals\"");
	}

}
