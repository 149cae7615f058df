package ru.vmeste.moderation;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.Reporting;
import ru.vmeste.reports.Topics;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Moderators decide on appeals: publishing sends them to routing, rejecting tells the author
 * why, merging makes the author follow the original, an edit keeps the original text; every
 * decision is recorded.
 */
@PortalTest
class ModerationFlowTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Topics topics;

	@Autowired
	JdbcClient jdbc;

	String moderator;

	String pothole;

	@BeforeEach
	void signIn() {
		moderator = DemoAccounts.bearer(mvc, DemoAccounts.MODERATOR);
		pothole = Reporting.topicId(topics, "pothole");
	}

	@Test
	void publishingSendsTheAppealToRoutingWithItsHistoryAndTellsTheAuthor() {
		String email = DemoAccounts.uniqueEmail();
		String author = DemoAccounts.newResident(mvc, email);
		String id = Reporting.report(mvc, author, pothole, Reporting.somewhereInTheCentre(),
				"Яма на дороге у остановки, звоните Ивану 8 912 345 67 89");

		assertThat(Reporting.decide(mvc, moderator, id,
				"{\"decision\":\"PUBLISH\",\"text\":\"Яма на дороге у остановки\",\"reason\":\"Удалены персональные данные\"}"))
			.hasStatusOk();
		Reporting.awaitStatus(mvc, author, id, AppealStatus.ROUTED);
		Reporting.awaitRouted(mvc, id);

		assertThat(mvc.get().uri("/api/v1/appeals/{id}", id)).hasStatusOk().bodyJson().satisfies(body -> {
			body.assertThat().extractingPath("$.text").isEqualTo("Яма на дороге у остановки");
			body.assertThat().extractingPath("$.history[*].change").asArray()
				.containsExactly("SUBMITTED", "TEXT_EDITED", "PUBLISHED", "ROUTED");
			body.assertThat().extractingPath("$.history[1].note").isEqualTo("Удалены персональные данные");
		});
		assertThat(Reporting.body(mvc.get().uri("/api/v1/appeals/{id}", id).exchange())).doesNotContain("8 912", "Ивану");
		assertThat(jdbc.sql("select original_text from reports_appeals where id = ?::uuid").param(id).query(String.class)
			.single()).contains("звоните Ивану");
		assertThat(jdbc.sql("select decided_by is not null from moderation_decisions d join moderation_items i on i.id = d.item_id where i.subject_id = ?")
			.param(id)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(mailsTo(email, 3)).extracting(MimeMessage::getSubject)
			.filteredOn(subject -> subject.startsWith("Обращение №"))
			.hasSize(2);
	}

	@Test
	void rejectingKeepsTheAppealPrivateAndMailsTheReason() {
		String email = DemoAccounts.uniqueEmail();
		String author = DemoAccounts.newResident(mvc, email);
		String id = Reporting.report(mvc, author, pothole, Reporting.somewhereInTheCentre(), "Купите окна на www.okna.ru");

		assertThat(Reporting.decide(mvc, moderator, id, "{\"decision\":\"REJECT\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Укажите причину: выберите шаблон или напишите её.");
		assertThat(Reporting.decide(mvc, moderator, id,
				"{\"decision\":\"REJECT\",\"reason\":\"Сообщение похоже на рекламу или спам.\"}")).hasStatusOk();
		Reporting.awaitStatus(mvc, author, id, AppealStatus.REJECTED);

		assertThat(mvc.get().uri("/api/v1/appeals/{id}", id)).hasStatus(HttpStatus.NOT_FOUND);
		List<String> mails = mailsTo(email, 3).stream().map(ModerationFlowTests::content).toList();
		assertThat(mails).anySatisfy(
				mail -> assertThat(mail).contains("не опубликовано", "Сообщение похоже на рекламу или спам."));
		assertThat(Reporting.decide(mvc, moderator, id, "{\"decision\":\"PUBLISH\"}")).hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void mergingMakesTheAuthorFollowThePublishedOriginal() {
		GeoPoint point = Reporting.somewhereInTheCentre();
		String resident = DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT);
		String original = Reporting.report(mvc, resident, pothole, point, "Огромная яма на проезжей части у дома 7");
		Reporting.decide(mvc, moderator, original, "{\"decision\":\"PUBLISH\"}");
		Reporting.awaitStatus(mvc, resident, original, AppealStatus.ROUTED);
		String author = DemoAccounts.newResident(mvc, DemoAccounts.uniqueEmail());
		String duplicate = Reporting.report(mvc, author, pothole, point, "Огромная яма на проезжей части возле дома 7");

		assertThat(Reporting.decide(mvc, moderator, duplicate,
				"{\"decision\":\"MERGE\",\"duplicateOf\":\"" + UUID.randomUUID() + "\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(Reporting.decide(mvc, moderator, duplicate,
				"{\"decision\":\"MERGE\",\"duplicateOf\":\"" + original + "\",\"reason\":\"Та же яма\"}")).hasStatusOk();
		Reporting.awaitStatus(mvc, author, duplicate, AppealStatus.MERGED);

		assertThat(mvc.get().uri("/api/v1/appeals/{id}", duplicate).header("Authorization", author)).bodyJson()
			.extractingPath("$.duplicateOf")
			.isEqualTo(original);
		assertThat(mvc.get().uri("/api/v1/appeals/{id}", original)).bodyJson().extractingPath("$.supporters").isEqualTo(1);
	}

	@Test
	void theCheckEndpointRunsTheSameChecksAsANewAppeal() {
		assertThat(check("Яма, бл*ть, уже месяц: х у й знает когда, пиши на www.spam.ru")).bodyJson().satisfies(body -> {
			body.assertThat().extractingPath("$.ok").isEqualTo(false);
			body.assertThat().extractingPath("$.profanity").asArray().containsExactly("х у й");
			body.assertThat().extractingPath("$.spam").asArray().containsExactly("LINKS");
		});
		assertThat(check("Просим устранить яму на улице Пушкина")).bodyJson().extractingPath("$.ok").isEqualTo(true);
	}

	@Test
	void onlyModeratorsDecideAndCheck() {
		String resident = DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT);
		String id = Reporting.report(mvc, resident, pothole, Reporting.somewhereInTheCentre(), "Яма у гаражей");
		for (String caller : List.of(resident, DemoAccounts.bearer(mvc, DemoAccounts.OFFICIAL),
				DemoAccounts.bearer(mvc, DemoAccounts.ADMIN))) {
			assertThat(mvc.post().uri("/api/v1/moderation/appeals/{id}/decision", id).header("Authorization", caller)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\":\"PUBLISH\"}")).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(mvc.post().uri("/api/v1/moderation/check").header("Authorization", caller)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\":\"Яма\"}")).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(mvc.post().uri("/api/v1/moderation/check").contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"Яма\"}")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.get().uri("/moderation")).hasStatus(HttpStatus.FOUND);
	}

	private MvcTestResult check(String text) {
		return mvc.post().uri("/api/v1/moderation/check").header("Authorization", moderator)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"" + text + "\"}")
			.exchange();
	}

	private static String content(MimeMessage mail) {
		try {
			return String.valueOf(mail.getContent());
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<MimeMessage> mailsTo(String email, int count) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> TestMailServer.messagesTo(email), mails -> mails.size() >= count);
	}

}
