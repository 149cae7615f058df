package ru.vmeste.reports;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.vmeste.identity.internal.Users;
import ru.vmeste.organizations.MemberRole;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.organizations.internal.OrganizationAdministration;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The pages of Inform per role: the public map and list, an appeal's page (kept for anonymous
 * visitors until the appeal changes), a resident's own appeals, supporting an appeal, the moderators' queue and the home page figures.
 */
@PortalTest
class InformPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Topics topics;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganizationAdministration administration;

	@Autowired
	Organizations organizations;

	@Test
	void theListFiltersAndPagesAndSaysWhenNothingMatches() {
		assertThat(mvc.get().uri("/appeals?status=CLOSED&page=1")).hasStatusOk()
			.bodyText()
			.contains("Обращения жителей", "Закрыто", "data-appeals-map", "/appeals?status=CLOSED&amp;page=0")
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
		assertThat(mvc.get().uri("/appeals/{id}", id).with(SignedIn.as(users, DemoAccounts.ADMIN)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/appeals/{id}", id).with(SignedIn.as(users, DemoAccounts.RESIDENT)))
			.hasStatusOk()
			.bodyText()
			.contains("Обращение ждёт модерации: его видите только вы и модераторы.");
		assertThat(mvc.get().uri("/appeals/mine").with(SignedIn.as(users, DemoAccounts.RESIDENT)))
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
		RequestPostProcessor supporter = SignedIn.as(users, email);
		assertThat(mvc.post().uri("/appeals/{id}/support", id).with(supporter).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		mvc.post().uri("/appeals/{id}/support", id).with(supporter).with(csrf()).exchange();
		assertThat(mvc.get().uri("/appeals/{id}", id).with(supporter)).bodyText()
			.contains("Жителей с этой проблемой: 1", "Вы следите за этим обращением.");
		assertThat(mvc.post().uri("/appeals/{id}/support", id).with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(mvc.post().uri("/appeals/{id}/support", id)
			.with(SignedIn.as(users, DemoAccounts.OFFICIAL)).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void anAnonymousVisitorGetsTheKeptAppealPageUntilTheAppealChanges() {
		Officials.Official head = new Officials(mvc, users, administration, organizations).of("perm-roads",
				MemberRole.HEAD);
		String id = Reporting.published(mvc, DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT),
				DemoAccounts.bearer(mvc, DemoAccounts.MODERATOR), Reporting.topicId(topics, "pothole"),
				Reporting.somewhereInTheCentre(), "Яма у пешеходного перехода на Ленина");
		assertThat(mvc.get().uri("/appeals/{id}", id)).bodyText().contains("Жителей с этой проблемой: 0");

		String email = DemoAccounts.uniqueEmail();
		DemoAccounts.newResident(mvc, email);
		RequestPostProcessor supporter = SignedIn.as(users, email);
		mvc.post().uri("/appeals/{id}/support", id).with(supporter).with(csrf()).exchange();
		assertThat(mvc.get().uri("/appeals/{id}", id).with(supporter)).bodyText()
			.as("signed-in visitors get a page rendered for them")
			.contains("Жителей с этой проблемой: 1");
		assertThat(mvc.get().uri("/appeals/{id}", id)).bodyText()
			.as("a support announces no change: anonymous visitors get the kept page until fresh-for passes")
			.contains("Жителей с этой проблемой: 0");

		assertThat(new Workspace(mvc).assign(head.bearer(), id, head.id().value())).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(mvc.get().uri("/appeals/{id}", id)).bodyText()
			.as("the assignment is an appeal event: the kept page is dropped")
			.contains("Жителей с этой проблемой: 1");
	}

	@Test
	void moderatorsSeeTheQueueWithTheMatchedWordsHighlighted() {
		String resident = DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT);
		String unique = Long.toString(System.nanoTime());
		String text = "Опять эта с у к а яма у дома " + unique;
		String id = Reporting.report(mvc, resident, Reporting.topicId(topics, "pothole"), Reporting.somewhereInTheCentre(), text);
		RequestPostProcessor moderator = SignedIn.as(users, DemoAccounts.MODERATOR);
		String item = Awaitility.await()
			.until(() -> jdbc.sql("select id::text from moderation_items where subject_id = ?").param(id).query(String.class)
				.optional(), found -> found.isPresent())
			.orElseThrow();
		// the queue's own search finds it whatever else other tests left flagged on its first page
		assertThat(mvc.get().uri("/moderation?flag=FLAGGED&text={unique}", unique).with(moderator)).hasStatusOk()
			.bodyText()
			.contains("Оскорбительные слова", "/moderation/items/" + item);
		assertThat(mvc.get().uri("/moderation/items/{id}", item).with(moderator)).hasStatusOk()
			.bodyText()
			.contains("<mark class=\"abusive\">с у к а</mark>", "Отклонить", "Причина");
		assertThat(mvc.post().uri("/moderation/items/{id}", item).with(moderator).with(csrf())
			.param("decision", "REJECT").param("reasonTemplate", "7b3f0c52-3d0e-4a53-9d1f-0a4a0a000001"))
			.hasStatus(HttpStatus.FOUND);
		Reporting.awaitStatus(mvc, resident, id, AppealStatus.REJECTED);
		assertThat(mvc.get().uri("/api/v1/appeals/{id}", id).header("Authorization", resident)).bodyJson()
			.extractingPath("$.history[1].note")
			.isEqualTo("Текст содержит нецензурные или оскорбительные выражения.");

		for (RequestPostProcessor other : new RequestPostProcessor[] { SignedIn.as(users, DemoAccounts.RESIDENT),
				SignedIn.as(users, DemoAccounts.OFFICIAL),
				SignedIn.as(users, DemoAccounts.ADMIN) }) {
			assertThat(mvc.get().uri("/moderation").with(other)).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(mvc.get().uri("/moderation/reasons").with(SignedIn.as(users, DemoAccounts.ADMIN))).hasStatusOk()
			.bodyText()
			.contains("Сообщение похоже на рекламу или спам.");
		assertThat(mvc.get().uri("/moderation/reasons").with(SignedIn.as(users, DemoAccounts.RESIDENT)))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void anonymousVisitorsOfTheMapAndAnAppealGetNoSession() {
		String id = jdbc.sql("select id::text from reports_appeals where status = 'CLOSED' limit 1").query(String.class)
			.single();
		for (String page : new String[] { "/appeals", "/appeals/" + id, "/api/v1/appeals/" + id }) {
			MvcTestResult result = mvc.get().uri(page).exchange();
			assertThat(result).hasStatusOk();
			assertThat(result.getRequest().getSession(false)).as(page).isNull();
		}
	}

	@Test
	void theHomePageCountsPublishedAppealsAndTheShareResolved() {
		// the figure's word takes the plural form of the number: 283 обращения, 285 обращений
		assertThat(mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.containsPattern("обращени[еяй] опубликовано")
			.contains("из них решено", "href=\"/appeals\"");
	}

}
