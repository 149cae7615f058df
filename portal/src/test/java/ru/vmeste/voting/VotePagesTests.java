package ru.vmeste.voting;

import java.time.Duration;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.Residents;
import ru.vmeste.identity.Role;
import ru.vmeste.shared.PortalService;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.territory.internal.ServiceSwitches;
import ru.vmeste.voting.internal.BallotRule;
import ru.vmeste.voting.internal.Counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The pages residents use: lists, a vote with its ballot, casting by form with the receipt on
 * screen and as a file, the results and the ledger; in Russian and English; and the Vote
 * service switched off.
 */
@PortalTest
class VotePagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Residents residents;

	@Autowired
	ServiceSwitches switches;

	VotingFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new VotingFixtures(context);
	}

	@AfterEach
	void switchVotingBackOn() {
		switches.set(PortalService.VOTE, true);
	}

	@Test
	void listsOpenUpcomingAndFinishedVotesEachInItsOrderAndLinksTheServiceInTheHeader() {
		VoteId closingSoonest = fixtures.vote().lasting(Duration.ofMinutes(5)).open();
		VoteId openingSoonest = fixtures.vote().opensIn(Duration.ofMinutes(1)).scheduled();
		VoteId closedLast = fixtures.vote().open();
		fixtures.close(closedLast);
		assertThat(mvc.get().uri("/votes")).hasStatusOk()
			.bodyText()
			.contains("href=\"/votes/" + closingSoonest + "\"", "href=\"/votes\"", "Голосовать", "Идёт")
			.doesNotContain("href=\"/votes/" + openingSoonest + "\"", "href=\"/votes/" + closedLast + "\"");
		assertThat(mvc.get().uri("/votes?phase=UPCOMING")).bodyText()
			.contains("href=\"/votes/" + openingSoonest + "\"", "Скоро");
		assertThat(mvc.get().uri("/votes?phase=FINISHED")).bodyText()
			.contains("href=\"/votes/" + closedLast + "\"", "Завершено");
		assertThat(mvc.get().uri("/votes").cookie(new Cookie("vmeste-lang", "en"))).bodyText()
			.contains("Open", "Check my ballot", "Every ballot goes into a public ledger");
	}

	@Test
	void invitesVisitorsToSignInAndShowsTheLedgerAndItsKey() {
		VoteId vote = fixtures.vote().budget(100, BallotRule.WITHIN_BUDGET, Counting.GREEDY, 60L, 30L, 20L).open();
		assertThat(mvc.get().uri("/votes/{id}", vote)).hasStatusOk()
			.bodyText()
			.contains("Войдите, чтобы проголосовать", "Открытый список бюллетеней", "60 ₽",
					"href=\"/votes/" + vote + "/ledger\"")
			.doesNotContain("id=\"ballot\"", "Открытый ключ (Ed25519");
		// the key and how to check the count are for observers, on the ledger's page
		assertThat(mvc.get().uri("/votes/{id}/ledger", vote)).hasStatusOk()
			.bodyText()
			.contains("Открытый ключ (Ed25519", "RFC 9162", "java -jar");
	}

	@Test
	void castsByFormAndShowsTheReceiptOnScreenAndAsAFile() throws Exception {
		VoteId vote = fixtures.vote().budget(100, BallotRule.WITHIN_BUDGET, Counting.GREEDY, 60L, 30L, 20L).open();
		RequestPostProcessor resident = demoResident();
		assertThat(mvc.get().uri("/votes/{id}", vote).with(resident)).bodyText()
			.contains("id=\"ballot\"", "data-budget=\"100\"", "data-cost=\"60\"", "Осталось денег:");

		MvcTestResult cast = mvc.post().uri("/votes/{id}/ballot", vote).with(resident).with(csrf())
			.param("optionIds", fixtures.option(vote, 0).toString(), fixtures.option(vote, 2).toString())
			.exchange();
		// the receipt page is the answer itself: no redirect, so the choice is in no URL and in no session
		assertThat(cast).hasStatusOk().hasHeader("Cache-Control", "no-store");
		assertThat(cast.getResponse().getRedirectedUrl()).isNull();
		assertThat(cast).bodyText()
			.contains("Квитанция о вашем голосе", "Вариант 1", "Вариант 3", "id=\"receipt-leaf-index\">0<",
					"href=\"/votes/check#voteId=" + vote + "&amp;leafIndex=0&amp;")
			.doesNotContain("/votes/check?", "/receipt?", "receipt.json?");
		Matcher field = Pattern.compile("name=\"leafData\" value=\"([^\"]+)\"").matcher(cast.getResponse().getContentAsString());
		assertThat(field.find()).as("the download form carries the ballot's bytes").isTrue();
		String leafData = field.group(1);
		assertThat(mvc.post().uri("/votes/{id}/receipt.json", vote).with(resident).with(csrf()).param("leafIndex", "0")
			.param("treeSize", "1").param("leafData", leafData)).hasStatusOk()
			.hasHeader("Content-Disposition", "attachment; filename=\"ballot-receipt-" + vote + "-0.json\"")
			.bodyJson()
			.satisfies(json -> {
				json.assertThat().extractingPath("$.voteId").isEqualTo(vote.toString());
				json.assertThat().extractingPath("$.treeSize").isEqualTo(1);
			});
		assertThat(mvc.get().uri("/votes/{id}/receipt.json?leafIndex=0&treeSize=1&leafData=" + leafData, vote))
			.hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
		assertThat(mvc.get().uri("/votes/{id}", vote).with(resident)).bodyText().contains("Вы уже проголосовали");
	}

	@Test
	void explainsARefusedFormBallotAndAppendsNothing() {
		VoteId vote = fixtures.vote().budget(100, BallotRule.WITHIN_BUDGET, Counting.GREEDY, 60L, 30L, 20L).open();
		assertThat(mvc.post().uri("/votes/{id}/ballot", vote).with(demoResident()).with(csrf())
			.param("optionIds", fixtures.option(vote, 0).toString(), fixtures.option(vote, 1).toString(),
					fixtures.option(vote, 2).toString())).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Выбранные проекты стоят 110 ₽ — больше бюджета в 100 ₽.");
		assertThat(mvc.post().uri("/votes/{id}/ballot", vote).with(demoResident())
			.param("optionIds", fixtures.option(vote, 0).toString())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(fixtures.treeSize(vote)).isZero();
	}

	@Test
	void refusesAReceiptThatIsNotInTheLedger() {
		VoteId vote = fixtures.vote().open();
		assertThat(mvc.post().uri("/votes/{id}/receipt.json", vote).with(demoResident()).with(csrf()).param("leafIndex", "0")
			.param("treeSize", "1").param("leafData", "AQID"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Эта квитанция не соответствует реестру.");
	}

	@Test
	void showsResultsWithTheirComputationOnlyOnceTheyArePublic() {
		VoteId open = fixtures.vote().open();
		assertThat(mvc.get().uri("/votes/{id}/results", open)).hasStatusOk()
			.bodyText()
			.contains("Итоги публикуются после завершения голосования.")
			.doesNotContain("results-chart");
		assertThat(mvc.get().uri("/votes?phase=FINISHED")).hasStatusOk();
		String published = demoPublishedVote();
		assertThat(mvc.get().uri("/votes/{id}/results", published)).hasStatusOk()
			.bodyText()
			.contains("Официальные итоги", "412", "1250", "33,0 %", "Бюджет делится поровну между всеми проголосовавшими", "Оплачен равными долями сторонников",
					"Каждый сторонник заплатил", "id=\"results-chart\"", "data-labels=\"[", "Итоговая подписанная вершина",
					"/api/v1/votes/" + published + "/audit-bundle");
	}

	@Test
	void showsTheLedgerWithContentsOnlyOnceTheyArePublic() {
		VoteId open = fixtures.vote().open();
		assertThat(mvc.get().uri("/votes/{id}/ledger", open)).hasStatusOk()
			.bodyText()
			.contains("Подписанные вершины", "Содержимое бюллетеней публикуется после завершения");
		assertThat(mvc.get().uri("/votes/{id}/ledger?page=8", demoPublishedVote())).hasStatusOk()
			.bodyText()
			.contains("id=\"leaves\"", ">400<", "итоговая", "Страница 9 из 9");
	}

	@Test
	void offersTheCheckPageWhichReadsTheReceiptOnlyFromTheFragment() {
		// receipts come after the '#' (read by the page's script); a receipt in the query string is not echoed
		assertThat(mvc.get().uri("/votes/check?voteId=abc&leafIndex=7")).hasStatusOk()
			.bodyText()
			.contains("Проверить мой голос", "/js/merkle.js", "/js/ballot-check.js")
			.doesNotContain("value=\"abc\"", "value=\"7\"");
	}

	@Test
	void answers404ForEveryVotingPageAndEndpointWhenTheServiceIsOff() {
		switches.set(PortalService.VOTE, false);
		assertThat(mvc.get().uri("/votes")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/api/v1/votes")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/votes/check")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/")).bodyText().doesNotContain("href=\"/votes\"");
	}

	private String demoPublishedVote() {
		return fixtures.demoVote("Народный бюджет Перми — 2026");
	}

	private RequestPostProcessor demoResident() {
		return user(new PortalUser(residents.findByEmail(DemoAccounts.RESIDENT).orElseThrow(), DemoAccounts.RESIDENT,
				"Анна Жителева", EnumSet.of(Role.RESIDENT), null));
	}

}
