package ru.vmeste.voting;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import ru.vmeste.support.Browser;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident votes and checks the ballot at once (issue 15, point 4): the pages speak plainly,
 * the technical material is on the observers' page; right after voting the check says
 * "pending" without a green tick and asks the portal nothing it refuses (no ballots' contents
 * while the vote is open); a closed vote points to its results.
 */
@PortalTest
class VoteCheckJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void theCheckRightAfterVotingIsPendingWithoutTicksAndWithoutFailingRequests() {
		VotingFixtures fixtures = new VotingFixtures(context);
		VoteId vote = fixtures.vote().open();
		try (Browser browser = Browser.open(port)) {
			browser.signIn(DemoAccounts.RESIDENT);

			browser.go("/votes/" + vote.value());
			String page = browser.find(By.tagName("main")).getText();
			assertThat(page).contains("Каждый бюллетень попадает в открытый список", "Для наблюдателей: как проверить подсчёт")
				.doesNotContain("Меркла", "RFC", "java -jar", "Ed25519");
			assertThat(browser.driver().findElements(By.id("ballot"))).as(page).isNotEmpty();
			press(browser, By.cssSelector("input[name=optionIds]"));
			press(browser, By.id("cast"));
			browser.waitFor(driver -> !driver.findElements(By.id("check-my-ballot")).isEmpty());
			assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("Меркла", "base64");

			press(browser, By.id("check-my-ballot"));
			browser.waitFor(driver -> List.of("unsigned", "verified", "failed")
				.contains(driver.findElement(By.id("check-verdict")).getDomAttribute("data-state")));
			assertThat(browser.find(By.id("check-verdict")).getDomAttribute("data-state")).isEqualTo("unsigned");
			assertThat(browser.text(By.id("check-verdict"))).startsWith("Ожидает подписи");
			List<WebElement> steps = browser.driver().findElements(By.cssSelector("#check-steps .check-step"));
			assertThat(steps).isNotEmpty()
				.extracting(step -> step.getDomAttribute("data-ok"))
				.as("no green tick under a pending verdict")
				.doesNotContain("true", "false");
			assertThat(browser.consoleErrors()).as("no request fails while the vote is open").isEmpty();

			fixtures.close(vote);
			browser.go("/votes/" + vote.value());
			assertThat(browser.find(By.tagName("main")).getText()).contains("Подсчитаны: смотрите итоги")
				.doesNotContain("Публикуются после завершения");
			browser.go("/votes/" + vote.value() + "/ledger");
			assertThat(browser.text(By.id("observers"))).contains("RFC 9162", "java -jar");
			assertThat(browser.consoleErrors()).isEmpty();
		}
	}

	private static void press(Browser browser, By by) {
		WebElement element = browser.find(by);
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

}
