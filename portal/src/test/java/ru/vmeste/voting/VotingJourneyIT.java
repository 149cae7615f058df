package ru.vmeste.voting;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import ru.vmeste.support.Browser;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.voting.internal.VotingJobs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo resident takes part in the Leninsky district budget in headless Chromium: the
 * ballot keeps the choice within the budget, the receipt appears, and the "check my ballot"
 * page verifies it in the browser against the latest signed head. The pages fit a phone.
 */
@PortalTest
class VotingJourneyIT {

	private static final String PLAYGROUND = "input[data-cost='3500000']";

	private static final String EMBANKMENT = "input[data-cost='4200000']";

	private static final String PAVEMENT = "input[data-cost='2900000']";

	private static final String SENSORY_GARDEN = "input[data-cost='2300000']";

	@LocalServerPort
	int port;

	@Autowired
	VotingJobs jobs;

	@Autowired
	ApplicationContext context;

	@Test
	void theDemoResidentVotesInTheDistrictBudgetAndChecksTheBallot() {
		try (Browser browser = Browser.open(port)) {
			browser.signIn(DemoAccounts.RESIDENT);
			assertThat(browser.currentPath()).as("where signing in leads").isEqualTo("/");
			browser.click(By.cssSelector("header a[href='/votes']"));
			assertThat(browser.text(By.tagName("h1"))).isEqualTo("Голосования");
			// other tests' votes may fill the first page of the list, so the vote is opened by its address
			VotingFixtures fixtures = new VotingFixtures(context);
			browser.go("/votes/" + fixtures.demoVote("Народный бюджет Ленинского района — 2027"));
			browser.find(By.id("ballot"));
			assertThat(browser.pageSource()).doesNotContain("id=\"already-voted\"");
			browser.driver().manage().window().setSize(new Dimension(360, 740));
			assertThat(pageWidth(browser)).as("the ballot fits a phone").isLessThanOrEqualTo(360);
			browser.driver().manage().window().setSize(new Dimension(1280, 900));

			browser.click(By.cssSelector(EMBANKMENT)).click(By.cssSelector(PLAYGROUND));
			assertThat(digits(browser.text(By.id("budget-left")))).isEqualTo("2300000");
			WebElement pavement = browser.find(By.cssSelector(PAVEMENT));
			assertThat(pavement.isEnabled()).as("a project that no longer fits cannot be chosen").isFalse();
			assertThat(browser.find(By.cssSelector(SENSORY_GARDEN)).isEnabled()).isTrue();
			browser.click(By.cssSelector(SENSORY_GARDEN));
			assertThat(digits(browser.text(By.id("budget-left")))).isEqualTo("0");
			assertThat(browser.driver().findElements(By.cssSelector("input[name=optionIds]:not(:checked)")))
				.allSatisfy(option -> assertThat(option.isEnabled()).isFalse());
			browser.click(By.id("cast"));

			// the receipt is the form's answer: no URL ever carries the choice
			browser.waitFor(driver -> "Квитанция о вашем голосе".equals(browser.text(By.tagName("h1"))));
			assertThat(browser.driver().getCurrentUrl()).doesNotContain("?", "leafData");
			assertThat(browser.text(By.id("receipt-choices"))).contains("Освещение набережной Камы",
					"Детская площадка во дворе на ул. Ленина, 50", "Сенсорный сад для детей с особыми потребностями");
			String leafIndex = browser.find(By.id("receipt-leaf-index")).getDomProperty("textContent");

			browser.click(By.id("check-my-ballot"));
			browser.waitFor(driver -> "unsigned".equals(browser.find(By.id("check-verdict")).getDomAttribute("data-state")));
			// the receipt came after the '#', and the page took it out of the address and the history
			assertThat(browser.driver().getCurrentUrl()).endsWith("/votes/check");
			assertThat(browser.text(By.id("check-verdict"))).startsWith("Ожидает подписи: ваш бюллетень есть в списке, указанном в квитанции");

			// the portal signs heads every few minutes; here the job runs at once
			jobs.signOpenVotes();
			browser.click(By.id("run-check"));
			browser.waitFor(driver -> "verified".equals(browser.find(By.id("check-verdict")).getDomAttribute("data-state")));
			assertThat(browser.text(By.id("check-verdict")))
				.isEqualTo("Проверено: ваш бюллетень в открытом списке, и список с тех пор только пополнялся.");
			List<WebElement> steps = browser.driver().findElements(By.cssSelector("#check-steps .check-step"));
			assertThat(steps).extracting(step -> step.getDomAttribute("data-ok")).containsExactly("true", "true", "true", "true");
			assertThat(steps.get(2).getDomProperty("textContent")).contains("номер " + leafIndex);
			assertThat(browser.text(By.id("check-choices"))).contains("Освещение набережной Камы");

			browser.driver().manage().window().setSize(new Dimension(360, 740));
			assertThat(pageWidth(browser)).as("the check page fits a phone").isLessThanOrEqualTo(360);
			browser.go("/votes?phase=FINISHED");
			assertThat(pageWidth(browser)).as("the list fits a phone").isLessThanOrEqualTo(360);
			String published = fixtures.demoVote("Народный бюджет Перми — 2026");
			browser.go("/votes/" + published + "/results");
			assertThat(pageWidth(browser)).as("the results fit a phone").isLessThanOrEqualTo(360);
		}
	}

	private static long pageWidth(Browser browser) {
		return (Long) ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollWidth");
	}

	private static String digits(String text) {
		return text.replaceAll("\\D", "");
	}

}
