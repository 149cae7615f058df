package ru.vmeste.ideas;

import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.identity.Residents;
import ru.vmeste.ideas.IdeasFixtures.Account;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.support.Browser;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suggest in headless Chromium, from a resident's proposal to finished works: the demo resident
 * proposes a project on the map, the moderator publishes it, three residents support it, the
 * expert finds it feasible with a cost, the administrator starts the vote, the resident votes,
 * the vote closes and its result is published, the project becomes works, the official completes
 * them, and the idea's page shows the whole thread with every step.
 */
@PortalTest
class IdeaJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;


	@Autowired
	Residents residents;

	@Autowired
	Organizations organizations;

	@Test
	void aProjectGoesFromTheMapThroughSupportReviewAndTheVoteToFinishedWorks() {
		IdeasFixtures fixtures = new IdeasFixtures(context);
		String campaign = fixtures.campaign("Двор мечты " + System.nanoTime(), 3, CampaignPhase.PROPOSALS);
		String title = "Площадка для воркаута во дворе на Ленина, " + System.nanoTime() % 100_000;
		String rival = fixtures.project(fixtures.resident(), campaign, "Клумбы у школы № 9 — соперник", 500_000);
		fixtures.publish(rival);
		fixtures.supporters(rival, 3);
		List<Account> supporters = List.of(fixtures.residentWhoSignsIn(), fixtures.residentWhoSignsIn(),
				fixtures.residentWhoSignsIn());
		String customer = organizations.membershipsOf(residents.findByEmail(DemoAccounts.OFFICIAL).orElseThrow())
			.getFirst()
			.organization()
			.toString();

		try (Browser browser = Browser.open(port)) {
			browser.signIn(DemoAccounts.RESIDENT);
			browser.go("/campaigns/" + campaign);
			press(browser, By.id("propose-in-campaign"));
			press(browser, By.id("kind-PROJECT"));
			browser.type(By.id("title"), title)
				.type(By.id("text"), "Турник, брусья и резиновое покрытие: молодёжи негде заниматься.");
			press(browser, By.cssSelector("[data-point-picker]"));
			browser.waitFor(driver -> !driver.findElement(By.id("lat")).getAttribute("value").isEmpty());
			browser.type(By.id("estimatedCost"), "650000");
			press(browser, By.id("send-idea"));
			browser.waitFor(driver -> browser.currentPath().matches("/ideas/[0-9a-f-]{36}"));
			String idea = browser.currentPath().substring("/ideas/".length());
			assertThat(browser.text(By.cssSelector("[data-idea-status]"))).isEqualTo("На модерации");

			switchTo(browser, DemoAccounts.MODERATOR);
			browser.go("/moderation/items/" + moderationItemOf(idea));
			press(browser, By.cssSelector("button[name=decision][value=PUBLISH]"));
			browser.waitFor(driver -> browser.currentPath().equals("/moderation"));
			fixtures.awaitStatus(idea, "PUBLISHED");

			for (Account supporter : supporters) {
				switchTo(browser, supporter.email());
				browser.go("/ideas/" + idea);
				press(browser, By.id("support"));
				browser.find(By.cssSelector("[data-supporting]"));
			}
			assertThat(browser.text(By.cssSelector("[data-supports]"))).contains("3 из 3");
			assertThat(browser.text(By.cssSelector("[data-idea-status]"))).isEqualTo("Поддержка набрана");

			switchTo(browser, DemoAccounts.ADMIN);
			browser.go("/manage/campaigns/" + campaign);
			new Select(browser.find(By.id("phase"))).selectByValue("REVIEW");
			press(browser, By.id("move-phase"));
			browser.waitFor(driver -> driver.findElement(By.cssSelector("[data-campaign-phase]")).getText().equals("Экспертиза"));
			assertThat(fixtures.review(fixtures.expert(), rival, "FEASIBLE", 480_000L, null).getResponse().getStatus())
				.isEqualTo(200);

			switchTo(browser, "expert@demo.vmeste");
			browser.go("/ideas/" + idea);
			press(browser, By.id("decision-feasible"));
			browser.type(By.id("review-cost"), "600000").type(By.id("review-note"), "Смета проверена, площадка на муниципальной земле.");
			press(browser, By.id("send-review"));
			browser.waitFor(driver -> driver.findElement(By.cssSelector("[data-idea-status]")).getText().equals("Реализуема"));
			assertThat(browser.text(By.cssSelector("[data-review-cost]"))).contains("600 000");

			switchTo(browser, DemoAccounts.ADMIN);
			browser.go("/manage/campaigns/" + campaign);
			press(browser, By.id("start-vote"));
			String vote = browser.find(By.cssSelector("[data-campaign-vote] a")).getAttribute("href").replaceAll(".*/votes/", "");

			switchTo(browser, DemoAccounts.RESIDENT);
			browser.go("/votes/" + vote);
			String option = optionOf(vote, title);
			press(browser, By.id("option-" + option));
			press(browser, By.id("cast"));
			// the receipt is the form's answer (no URL carries the choice)
			browser.waitFor(driver -> !driver.findElements(By.id("receipt-choices")).isEmpty());

			fixtures.closeVote(vote);
			switchTo(browser, DemoAccounts.ADMIN);
			browser.go("/manage/votes/" + vote);
			press(browser, By.cssSelector("form[action$='/publish'] button"));
			fixtures.awaitStatus(idea, "SELECTED");
			assertThat(fixtures.statusOf(rival)).isEqualTo("NOT_SELECTED");

			browser.go("/manage/campaigns/" + campaign);
			new Select(browser.find(By.id("customerId"))).selectByValue(customer);
			press(browser, By.id("order-campaign-works"));
			fixtures.awaitStatus(idea, "IN_WORK");
			String work = JsonPath.read(IdeasFixtures.body(mvc.get().uri("/api/v1/ideas/{id}", idea).exchange()), "$.workId");

			switchTo(browser, DemoAccounts.OFFICIAL);
			browser.go("/manage/works/" + work);
			changeStatus(browser, "IN_PROGRESS");
			changeStatus(browser, "COMPLETED");
			fixtures.awaitStatus(idea, "DONE");

			browser.driver().manage().deleteAllCookies();
			browser.go("/ideas/" + idea);
			assertThat(browser.text(By.cssSelector("[data-idea-title]"))).isEqualTo(title);
			assertThat(browser.text(By.cssSelector("[data-idea-status]"))).isEqualTo("Реализована");
			List<WebElement> steps = browser.driver().findElements(By.cssSelector("[data-trail] [data-trail-step]"));
			assertThat(steps).extracting(step -> step.getAttribute("data-trail-step")).containsExactly("IDEA", "VOTE", "WORK");
			assertThat(browser.driver().findElements(By.cssSelector("[data-trail] [data-trail-status]")))
				.extracting(status -> status.getAttribute("data-trail-status"))
				.containsExactly("DONE", "PUBLISHED", "COMPLETED");
			assertThat(browser.text(By.cssSelector("[data-history]"))).containsSubsequence("Предложена", "Опубликована",
					"Набрала поддержку (3)", "Экспертиза", "Вынесена на голосование", "Выбрана на голосовании",
					"Запланированы работы", "Работы выполнены");
			press(browser, By.cssSelector("[data-trail] [data-trail-step=WORK] a"));
			browser.waitFor(driver -> browser.currentPath().equals("/works/" + work));
			assertThat(browser.driver().findElements(By.cssSelector("[data-trail] [data-trail-step]")))
				.extracting(step -> step.getAttribute("data-trail-step"))
				.containsExactly("IDEA", "VOTE", "WORK");
		}
	}

	private String optionOf(String vote, String title) {
		List<String> ids = JsonPath.read(IdeasFixtures.body(mvc.get().uri("/api/v1/votes/{id}", vote).exchange()),
				"$.options[?(@.title == '" + title + "')].id");
		return ids.getFirst();
	}

	private String moderationItemOf(String idea) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select id::text from moderation_items where kind = 'IDEA' and subject_id = ?")
				.param(idea)
				.query(String.class)
				.optional(), found -> found.isPresent())
			.orElseThrow();
	}

	private static void changeStatus(Browser browser, String status) {
		new Select(browser.find(By.id("status"))).selectByValue(status);
		press(browser, By.id("change-status"));
		browser.waitFor(driver -> driver.findElements(By.cssSelector("#status-form option[value=" + status + "]")).isEmpty());
	}

	private static void press(Browser browser, By by) {
		WebElement element = browser.find(by);
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
				element);
		element.click();
	}

	private static void switchTo(Browser browser, String email) {
		browser.driver().manage().deleteAllCookies();
		browser.signIn(email);
	}

}
