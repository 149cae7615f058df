package ru.vmeste.reports;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ru.vmeste.identity.internal.Users;
import ru.vmeste.organizations.WorkCalendar;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.SignedIn;
import ru.vmeste.support.TestClock;
import ru.vmeste.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The officials' workspace through the API: the inbox of the organization with its views,
 * assignment, stages, internal comments, questions to the author that stop the clock, the
 * answer, and the author's rating ("not solved" reopens the appeal to the same organization,
 * as many times as allowed).
 */
@PortalTest
class WorkspaceTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Topics topics;

	@Autowired
	Users users;

	@Autowired
	WorkCalendar calendar;

	@Autowired
	TestClock clock;

	Workspace workspace;

	String resident;

	String official;

	String officialId;

	String appeal;

	@BeforeEach
	void publishAPothole() {
		workspace = new Workspace(mvc);
		resident = DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT);
		official = DemoAccounts.bearer(mvc, DemoAccounts.OFFICIAL);
		officialId = users.byEmail(DemoAccounts.OFFICIAL).orElseThrow().id().toString();
		appeal = Reporting.published(mvc, resident, DemoAccounts.bearer(mvc, DemoAccounts.MODERATOR),
				Reporting.topicId(topics, "pothole"), Reporting.somewhereInTheCentre(), "Яма у въезда во двор");
	}

	@AfterEach
	void backToNow() {
		clock.reset();
	}

	@Test
	void theOrganizationsInboxShowsTheNewAppealWithCounts() {
		assertThat(ids(workspace.inbox(official, "NEW"))).contains(appeal);
		assertThat(ids(workspace.inbox(official, "IN_WORK"))).doesNotContain(appeal);
		assertThat(mvc.get().uri("/api/v1/inbox/counts").header("Authorization", official)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.NEW")
			.asNumber()
			.satisfies(count -> assertThat(count.intValue()).isPositive());
		assertThat(workspace.staffView(official, appeal)).hasStatusOk().bodyJson().satisfies(json -> {
			json.assertThat().extractingPath("$.status").isEqualTo("ROUTED");
			json.assertThat().extractingPath("$.progress.routing")
				.isEqualTo("Дороги и тротуары, Ленинский район → МКУ «Пермблагоустройство»");
			json.assertThat().extractingPath("$.stages[*].name").asArray()
				.containsExactly("Принято", "Обследование", "Ремонт");
		});
	}

	@Test
	void assignsMovesStagesCommentsInternallyAnswersAndTheAuthorReopensWithNotSolved() {
		assertThat(workspace.assign(official, appeal, officialId)).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(workspace.post(official, appeal, "stage", "{\"stage\":1}")).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(workspace.post(official, appeal, "comments", "{\"text\":\"Подрядчик выйдет в четверг\"}"))
			.hasStatus(HttpStatus.CREATED);
		assertThat(mvc.get().uri("/api/v1/appeals/{id}", appeal)).bodyJson().satisfies(json -> {
			json.assertThat().extractingPath("$.status").isEqualTo("IN_PROGRESS");
			json.assertThat().extractingPath("$.stage").isEqualTo("Обследование");
			json.assertThat().extractingPath("$.history[*].change").asArray()
				.containsExactly("SUBMITTED", "PUBLISHED", "ROUTED", "TAKEN", "STAGE");
		});
		assertThat(workspace.staffView(official, appeal)).bodyJson().satisfies(json -> {
			json.assertThat().extractingPath("$.assignee").isEqualTo("Олег Чиновников");
			json.assertThat().extractingPath("$.history[?(@.change == 'COMMENT')].visibility").asArray()
				.containsExactly("STAFF");
			json.assertThat().extractingPath("$.history[?(@.change == 'ASSIGNED')].assignee").asArray()
				.containsExactly("Олег Чиновников");
		});

		assertThat(workspace.answer(official, appeal, "Яму заделали 12 ноября")).hasStatus(HttpStatus.CREATED);
		assertThat(ids(workspace.inbox(official, "ANSWERED"))).contains(appeal);
		assertThat(workspace.rate(resident, appeal, 2, false, "Яма осталась, заделали соседнюю")).hasStatus(HttpStatus.CREATED);

		assertThat(mvc.get().uri("/api/v1/appeals/{id}", appeal)).bodyJson().satisfies(json -> {
			json.assertThat().extractingPath("$.status").isEqualTo("REOPENED");
			json.assertThat().extractingPath("$.answer.text").isEqualTo("Яму заделали 12 ноября");
			json.assertThat().extractingPath("$.rating.score").isEqualTo(2);
			json.assertThat().extractingPath("$.rating.solved").isEqualTo(false);
		});
		assertThat(Reporting.body(mvc.get().uri("/api/v1/appeals/{id}", appeal).exchange()))
			.doesNotContain("Подрядчик выйдет", "заделали соседнюю");
		assertThat(ids(workspace.inbox(official, "NEW"))).contains(appeal);
		assertThat(workspace.staffView(official, appeal)).bodyJson().satisfies(json -> {
			json.assertThat().extractingPath("$.rating.comment").isEqualTo("Яма осталась, заделали соседнюю");
			json.assertThat().extractingPath("$.assignee").isEqualTo("Олег Чиновников");
		});

		assertThat(workspace.answer(official, appeal, "Заделали и эту яму")).hasStatus(HttpStatus.CREATED);
		assertThat(workspace.rate(resident, appeal, 5, true, "")).hasStatus(HttpStatus.CREATED);
		assertThat(mvc.get().uri("/api/v1/appeals/{id}", appeal)).bodyJson().satisfies(json -> {
			json.assertThat().extractingPath("$.status").isEqualTo("CLOSED");
			json.assertThat().extractingPath("$.history[*].change").asArray()
				.endsWith("ANSWERED", "RATED_NOT_SOLVED", "REOPENED", "ANSWERED", "RATED_SOLVED", "CLOSED_SOLVED");
			json.assertThat().extractingPath("$.outcome").isEqualTo("SOLVED");
		});
		assertThat(workspace.rate(resident, appeal, 1, false, "")).hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void aPromisedRepairKeepsTheAppealInWorkWithItsDateUntilTheOrganizationSaysItIsSolved() {
		LocalDate repairBy = LocalDate.now(clock).plusDays(30);
		assertThat(answerOnThePage("PROMISED", "", "Отремонтируем по плану")).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsKey("problem");
		assertThat(answerOnThePage("PROMISED", LocalDate.now(clock).toString(), "Сегодня же")).flash()
			.containsKey("problem");
		assertThat(answerOnThePage("PROMISED", repairBy.toString(), "Яму заделаем при ремонте дороги"))
			.hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("notice", "reports.case.promised");
		String promised = Reporting.body(mvc.get().uri("/api/v1/appeals/{id}", appeal).exchange());
		assertThat(JsonPath.<String>read(promised, "$.status")).isEqualTo("IN_PROGRESS");
		assertThat(JsonPath.<List<String>>read(promised, "$.history[*].change")).endsWith("TAKEN", "PROMISED");
		assertThat(mvc.get().uri("/appeals/{id}", appeal)).hasStatusOk()
			.bodyText()
			.contains("Пока не решено: организация планирует ремонт до",
					String.format("%02d.%02d.%d — Яму заделаем при ремонте дороги", repairBy.getDayOfMonth(),
							repairBy.getMonthValue(), repairBy.getYear()));
		assertThat(answerOnThePage("SOLVED", "", "Яма заделана")).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("notice", "reports.case.answered");
		assertThat(JsonPath.<String>read(Reporting.body(mvc.get().uri("/api/v1/appeals/{id}", appeal).exchange()),
				"$.status")).isEqualTo("ANSWERED");
	}

	private MvcTestResult answerOnThePage(String outcome, String promisedBy, String text) {
		return mvc.post()
			.uri("/inbox/appeals/{id}/answer", appeal)
			.with(csrf())
			.with(SignedIn.as(users, DemoAccounts.OFFICIAL))
			.param("outcome", outcome)
			.param("promisedBy", promisedBy)
			.param("text", text)
			.exchange();
	}

	@Test
	void reopeningIsAllowedTwiceThenNotSolvedCloses() {
		for (int round = 1; round <= 3; round++) {
			assertThat(workspace.answer(official, appeal, "Ответ " + round)).hasStatus(HttpStatus.CREATED);
			assertThat(workspace.rate(resident, appeal, 1, false, "")).hasStatus(HttpStatus.CREATED);
			assertThat(JsonPath.<String>read(Reporting.body(mvc.get().uri("/api/v1/appeals/{id}", appeal).exchange()),
					"$.status")).isEqualTo(round < 3 ? "REOPENED" : "CLOSED");
		}
	}

	@Test
	void askingTheAuthorStopsTheClockUntilTheyAnswer() {
		LocalDate deadline = LocalDate.parse(JsonPath.read(
				Reporting.body(mvc.get().uri("/api/v1/appeals/{id}", appeal).exchange()), "$.deadline"));
		LocalDate asked = LocalDate.now(clock);
		String question = "Уточните номер дома " + appeal.substring(0, 6);
		assertThat(workspace.post(official, appeal, "info-request", "{\"text\":\"" + question + "\"}"))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(ids(workspace.inbox(official, "INFO"))).contains(appeal);
		// the demo resident gets the demo's mails too: wait for this one
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(TestMailServer.messagesTo(DemoAccounts.RESIDENT).stream().map(WorkspaceTests::body))
				.anySatisfy(mail -> assertThat(mail).contains(question)));

		clock.advance(Duration.ofDays(4));
		LocalDate answered = LocalDate.now(clock);
		assertThat(workspace.post(resident, appeal, "info", "{\"text\":\"Дом 17, второй подъезд\"}"))
			.hasStatus(HttpStatus.NO_CONTENT);

		LocalDate moved = calendar.current().addWorkingDays(deadline,
				(int) calendar.current().workingDaysBetween(asked, answered));
		assertThat(mvc.get().uri("/api/v1/appeals/{id}", appeal).header("Authorization", resident)).bodyJson()
			.satisfies(json -> {
				json.assertThat().extractingPath("$.awaitingInformation").isEqualTo(false);
				json.assertThat().extractingPath("$.deadline").isEqualTo(moved.toString());
				json.assertThat().extractingPath("$.history[*].change").asArray().contains("INFO_REQUESTED", "INFO_PROVIDED");
			});
		assertThat(moved).isAfter(deadline);
		assertThat(Reporting.body(mvc.get().uri("/api/v1/appeals/{id}", appeal).exchange()))
			.contains(question)
			.doesNotContain("второй подъезд");
		assertThat(workspace.post(resident, appeal, "info", "{\"text\":\"Ещё раз\"}")).hasStatus(HttpStatus.CONFLICT);
	}

	private static List<String> ids(MvcTestResult inbox) {
		return JsonPath.read(Reporting.body(inbox), "$.items[*].id");
	}

	private static String body(MimeMessage mail) {
		try {
			return String.valueOf(mail.getContent());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
