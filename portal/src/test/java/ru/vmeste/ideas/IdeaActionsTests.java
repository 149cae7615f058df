package ru.vmeste.ideas;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ru.vmeste.identity.Residents;
import ru.vmeste.ideas.IdeasFixtures.Account;
import ru.vmeste.moderation.ModerationDecisions;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What happens to ideas besides the campaign's main road: followers hear that the threshold is
 * reached; a moderator merges a duplicate and its supporters join the other idea once; comments
 * and replies show after moderation; an administrator accepts a proposed topic into the catalog.
 */
@PortalTest
class IdeaActionsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ModerationDecisions decisions;

	@Autowired
	Residents residents;

	@Test
	void followersHearTheThresholdIsReached() {
		IdeasFixtures fixtures = new IdeasFixtures(context);
		String campaign = fixtures.campaign("Письма " + System.nanoTime(), 2, CampaignPhase.PROPOSALS);
		Account author = fixtures.resident();
		String idea = fixtures.project(author, campaign, "Горка во дворе на Пермской", 200_000);
		fixtures.publish(idea);
		fixtures.supporters(idea, 2);
		assertThat(mailsTo(author.email(), "набрала нужную поддержку")).anySatisfy(mail -> assertThat(mail)
			.contains("Горка во дворе на Пермской", "/ideas/" + idea));
	}

	@Test
	void aMergedDuplicateBringsItsSupportersOnceAndKeepsItsHistory() {
		IdeasFixtures fixtures = new IdeasFixtures(context);
		String campaign = fixtures.campaign("Дубли " + System.nanoTime(), 100, CampaignPhase.PROPOSALS);
		String original = fixtures.project(fixtures.resident(), campaign, "Велопарковка у библиотеки", 100_000);
		String duplicate = fixtures.project(fixtures.resident(), campaign, "Велопарковка возле библиотеки", 90_000);
		fixtures.publish(original);
		fixtures.publish(duplicate);
		List<Account> both = fixtures.supporters(original, 2);
		fixtures.post(both.getFirst().bearer(), "/api/v1/ideas/" + duplicate + "/supports", "");
		fixtures.supporters(duplicate, 1);
		MvcTestResult merged = fixtures.post(fixtures.moderator(), "/api/v1/ideas/" + duplicate + "/merge",
				"{\"into\":\"" + original + "\",\"reason\":\"Одна и та же велопарковка\"}");
		assertThat(merged.getResponse().getStatus()).isEqualTo(204);
		String json = IdeasFixtures.body(mvc.get().uri("/api/v1/ideas/{id}", duplicate).exchange());
		assertThat((String) JsonPath.read(json, "$.status")).isEqualTo("MERGED");
		assertThat((String) JsonPath.read(json, "$.duplicateOf")).isEqualTo(original);
		String target = IdeasFixtures.body(mvc.get().uri("/api/v1/ideas/{id}", original).exchange());
		assertThat((Integer) JsonPath.read(target, "$.supports")).as("2 + 2, one resident in both counted once").isEqualTo(3);
		assertThat((List<String>) JsonPath.read(target, "$.history[*].change")).contains("MERGED_IN");
		assertThat(fixtures.post(fixtures.resident().bearer(), "/api/v1/ideas/" + duplicate + "/merge",
				"{\"into\":\"" + original + "\"}").getResponse().getStatus()).as("residents do not merge").isEqualTo(403);
	}

	@Test
	void commentsAndRepliesShowAfterModeration() {
		IdeasFixtures fixtures = new IdeasFixtures(context);
		String campaign = fixtures.campaign("Обсуждение " + System.nanoTime(), 100, CampaignPhase.PROPOSALS);
		Account author = fixtures.resident();
		String idea = fixtures.project(author, campaign, "Зимний каток в сквере", 300_000);
		fixtures.publish(idea);
		Account neighbour = fixtures.resident();
		MvcTestResult commented = fixtures.post(neighbour.bearer(), "/api/v1/ideas/" + idea + "/comments",
				"{\"text\":\"Отличная идея, каток нужен детям.\"}");
		assertThat(commented.getResponse().getStatus()).isEqualTo(201);
		String comment = JsonPath.read(IdeasFixtures.body(commented), "$.id");
		assertThat(publicComments(idea)).isEmpty();
		assertThat((List<String>) JsonPath.read(IdeasFixtures.body(mvc.get().uri("/api/v1/ideas/{id}/comments", idea)
			.header("Authorization", neighbour.bearer()).exchange()), "$[*].status")).containsExactly("MODERATION");
		publish("IDEA_COMMENT", comment);
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> publicComments(idea).size() == 1);
		MvcTestResult replied = fixtures.post(author.bearer(), "/api/v1/ideas/" + idea + "/comments",
				"{\"text\":\"Спасибо! Заливать будем сами.\",\"parentId\":\"" + comment + "\"}");
		String reply = JsonPath.read(IdeasFixtures.body(replied), "$.id");
		publish("IDEA_COMMENT", reply);
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			String comments = IdeasFixtures.body(mvc.get().uri("/api/v1/ideas/{id}/comments", idea).exchange());
			assertThat((List<String>) JsonPath.read(comments, "$[0].replies[*].text")).containsExactly("Спасибо! Заливать будем сами.");
			assertThat((List<Boolean>) JsonPath.read(comments, "$[0].replies[*].byIdeaAuthor")).containsExactly(true);
		});
		assertThat(fixtures.post(neighbour.bearer(), "/api/v1/ideas/" + idea + "/comments",
				"{\"text\":\"Ответ на ответ\",\"parentId\":\"" + reply + "\"}").getResponse().getStatus())
			.as("one level of replies").isEqualTo(400);
	}

	@Test
	void anAdministratorAcceptsAProposedTopicIntoTheCatalog() {
		IdeasFixtures fixtures = new IdeasFixtures(context);
		MvcTestResult proposed = fixtures.post(fixtures.resident().bearer(), "/api/v1/ideas",
				"{\"kind\":\"TOPIC\",\"title\":\"Сломанная зарядка для самокатов\",\"text\":\"Нужна тематика о неработающих станциях зарядки.\"}");
		String idea = JsonPath.read(IdeasFixtures.body(proposed), "$.id");
		fixtures.publish(idea);
		String code = "scooter-charger-" + UUID.randomUUID().toString().substring(0, 6);
		String json = "{\"code\":\"" + code + "\",\"nameRu\":\"Сломана зарядка для самокатов\",\"nameEn\":\"Broken scooter charger\"}";
		assertThat(fixtures.post(fixtures.expert(), "/api/v1/ideas/" + idea + "/topic", json).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(fixtures.post(fixtures.admin(), "/api/v1/ideas/" + idea + "/topic", json).getResponse().getStatus())
			.isEqualTo(201);
		assertThat(fixtures.statusOf(idea)).isEqualTo("DONE");
		List<String> codes = JsonPath.read(IdeasFixtures.body(mvc.get().uri("/api/v1/topics").exchange()), "$[*].code");
		assertThat(codes).contains(code);
	}

	/** The moderator publishes the comment once it is in the queue, as on the queue's page. */
	private void publish(String kind, String subject) {
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> decisions.isPending(kind, subject));
		decisions.publish(kind, subject, residents.findByEmail(DemoAccounts.MODERATOR).orElseThrow());
	}

	private List<String> publicComments(String idea) {
		return JsonPath.read(IdeasFixtures.body(mvc.get().uri("/api/v1/ideas/{id}/comments", idea).exchange()), "$[*].id");
	}

	private static List<String> mailsTo(String email, String containing) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> TestMailServer.messagesTo(email).stream().map(IdeaActionsTests::text)
				.filter(text -> text.contains(containing))
				.toList(), mails -> !mails.isEmpty());
	}

	private static String text(MimeMessage mail) {
		try {
			return String.valueOf(mail.getContent());
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
