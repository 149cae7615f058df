package ru.vmeste.ideas;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

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
import ru.vmeste.identity.internal.Users;
import ru.vmeste.ideas.IdeasFixtures.Account;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.reports.Reporting;
import ru.vmeste.reports.Topics;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.SignedIn;
import ru.vmeste.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * "From an appeal": an official offers to turn a resident's appeal into an idea; the author
 * agrees from the mail; the idea goes through moderation, support, review, the vote and the works;
 * and the appeal's page then shows the same thread as the idea's: appeal, idea, vote, works.
 */
@PortalTest
class AppealToIdeaTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Topics topics;

	@Autowired
	Users users;

	@Autowired
	Residents residents;

	@Autowired
	Organizations organizations;

	@Autowired
	Clock clock;


	@Test
	void anAppealTurnedIntoAnIdeaShowsTheWholeThreadOnItsPage() {
		IdeasFixtures fixtures = new IdeasFixtures(context);
		String campaign = fixtures.campaign("Светлые дворы " + System.nanoTime(), 1, CampaignPhase.PROPOSALS);
		Account author = fixtures.resident();
		String moderator = fixtures.moderator();
		String appeal = Reporting.published(mvc, author.bearer(), moderator, Reporting.topicId(topics, "yard-dark"),
				IdeasFixtures.somewhereInTheCentre(), "Во дворе нет ни одного фонаря, вечером страшно ходить детям.");

		String official = DemoAccounts.bearer(mvc, DemoAccounts.OFFICIAL);
		MvcTestResult offered = fixtures.post(official, "/api/v1/ideas/offers", "{\"appealId\":\"" + appeal
				+ "\",\"campaignId\":\"" + campaign + "\",\"kind\":\"PROJECT\",\"title\":\"Освещение двора по обращению\","
				+ "\"text\":\"Поставить шесть фонарей во дворе: это решение города, а не ремонт.\",\"estimatedCost\":300000}");
		assertThat(offered.getResponse().getStatus()).isEqualTo(201);
		String offer = JsonPath.read(IdeasFixtures.body(offered), "$.id");
		assertThat(mailTo(author.email(), "/ideas/offers/" + offer)).contains("Освещение двора по обращению");
		assertThat(fixtures.post(fixtures.resident().bearer(), "/api/v1/ideas/offers/" + offer + "/accept", "")
			.getResponse()
			.getStatus()).as("only the appeal's author consents").isEqualTo(404);

		MvcTestResult accepted = fixtures.post(author.bearer(), "/api/v1/ideas/offers/" + offer + "/accept", "");
		assertThat(accepted.getResponse().getStatus()).isEqualTo(201);
		String idea = JsonPath.read(IdeasFixtures.body(accepted), "$.ideaId");
		fixtures.publish(idea);
		fixtures.supporters(idea, 1);
		String rival = fixtures.project(fixtures.resident(), campaign, "Фонари у детского сада — соперник", 400_000);
		fixtures.publish(rival);
		fixtures.supporters(rival, 1);
		fixtures.phase(campaign, CampaignPhase.REVIEW);
		String expert = fixtures.expert();
		fixtures.review(expert, idea, "FEASIBLE", 280_000L, "Фонари на муниципальной земле");
		fixtures.review(expert, rival, "FEASIBLE", 390_000L, null);
		String vote = JsonPath.read(IdeasFixtures.body(fixtures.post(fixtures.admin(), "/api/v1/campaigns/" + campaign + "/vote",
				"")), "$.voteId");
		List<String> option = JsonPath.read(IdeasFixtures.body(mvc.get().uri("/api/v1/votes/{id}", vote).exchange()),
				"$.options[?(@.title == 'Освещение двора по обращению')].id");
		assertThat(fixtures.post(DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT), "/api/v1/votes/" + vote + "/ballots",
				"{\"optionIds\":[\"" + option.getFirst() + "\"]}").getResponse().getStatus()).isEqualTo(201);
		fixtures.closeVote(vote);
		assertThat(mvc.post().uri("/manage/votes/{id}/publish", vote).with(csrf()).with(SignedIn.as(users, DemoAccounts.ADMIN)))
			.hasStatus3xxRedirection();
		fixtures.awaitStatus(idea, "SELECTED");
		String customer = organizations.membershipsOf(residents.findByEmail(DemoAccounts.OFFICIAL).orElseThrow())
			.getFirst()
			.organization()
			.toString();
		LocalDate today = LocalDate.now(clock);
		assertThat(fixtures.post(fixtures.admin(), "/api/v1/campaigns/" + campaign + "/works", "{\"customerId\":\"" + customer
				+ "\",\"plannedStart\":\"" + today + "\",\"plannedEnd\":\"" + today.plusMonths(2) + "\"}").getResponse().getStatus())
			.isEqualTo(201);
		String work = JsonPath.read(IdeasFixtures.body(mvc.get().uri("/api/v1/ideas/{id}", idea).exchange()), "$.workId");
		for (String status : List.of("IN_PROGRESS", "COMPLETED")) {
			assertThat(fixtures.post(official, "/api/v1/works/" + work + "/status", "{\"status\":\"" + status + "\"}")
				.getResponse()
				.getStatus()).isEqualTo(200);
		}
		fixtures.awaitStatus(idea, "DONE");

		String ideaJson = IdeasFixtures.body(mvc.get().uri("/api/v1/ideas/{id}", idea).exchange());
		List<String> ids = JsonPath.read(ideaJson, "$.trail[*].id");
		assertThat((List<String>) JsonPath.read(ideaJson, "$.trail[*].type")).containsExactly("APPEAL", "IDEA", "VOTE", "WORK");
		assertThat(ids).containsExactly(appeal, idea, vote, work);
		assertThat(mvc.get().uri("/appeals/{id}", appeal)).hasStatusOk()
			.bodyText()
			.contains("data-trail-step=\"APPEAL\"", "data-trail-step=\"IDEA\"", "data-trail-step=\"VOTE\"",
					"data-trail-step=\"WORK\"", "href=\"/ideas/" + idea + "\"", "href=\"/votes/" + vote + "\"",
					"href=\"/works/" + work + "\"", "data-trail-status=\"DONE\"", "data-trail-status=\"COMPLETED\"",
					"Освещение двора по обращению");
		assertThat(mvc.get().uri("/ideas/{id}", idea)).hasStatusOk()
			.bodyText()
			.contains("data-trail-step=\"APPEAL\"", "href=\"/appeals/" + appeal + "\"");
	}

	@Test
	void staffSeeTheOfferLinkOnAPublicAppealAndNobodyProposesWithoutTheAuthor() {
		IdeasFixtures fixtures = new IdeasFixtures(context);
		Account author = fixtures.resident();
		String appeal = Reporting.published(mvc, author.bearer(), fixtures.moderator(), Reporting.topicId(topics, "benches-broken"),
				IdeasFixtures.somewhereInTheCentre(), "На всей улице ни одной скамейки, пожилым негде отдохнуть.");
		assertThat(mvc.get().uri("/appeals/{id}", appeal).with(SignedIn.as(users, DemoAccounts.OFFICIAL))).hasStatusOk()
			.bodyText()
			.contains("data-offer-idea");
		assertThat(mvc.get().uri("/appeals/{id}", appeal).with(SignedIn.as(users, DemoAccounts.RESIDENT))).hasStatusOk()
			.bodyText()
			.doesNotContain("data-offer-idea");
		assertThat(fixtures.post(DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT), "/api/v1/ideas", "{\"kind\":\"IDEA\","
				+ "\"title\":\"Скамейки на улице\",\"text\":\"Поставить скамейки вдоль улицы.\",\"fromAppealId\":\"" + appeal + "\"}")
			.getResponse()
			.getStatus()).as("only the author proposes from their appeal").isEqualTo(403);
		assertThat(fixtures.post(fixtures.resident().bearer(), "/api/v1/ideas/offers", "{\"appealId\":\"" + appeal
				+ "\",\"kind\":\"IDEA\",\"title\":\"Скамейки\",\"text\":\"Поставить скамейки вдоль улицы.\"}").getResponse().getStatus())
			.as("residents do not offer").isEqualTo(403);
		MvcTestResult own = fixtures.post(author.bearer(), "/api/v1/ideas", "{\"kind\":\"IDEA\",\"title\":\"Скамейки на улице\","
				+ "\"text\":\"Поставить скамейки вдоль улицы.\",\"fromAppealId\":\"" + appeal + "\"}");
		assertThat(own.getResponse().getStatus()).isEqualTo(201);
	}

	/** Everything mailed to {@code email}, once it includes {@code expected} (the author also gets the appeal's mails). */
	private static String mailTo(String email, String expected) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> TestMailServer.messagesTo(email).stream().map(AppealToIdeaTests::text).reduce("", String::concat),
					text -> text.contains(expected));
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
