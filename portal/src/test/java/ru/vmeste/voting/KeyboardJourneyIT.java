package ru.vmeste.voting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.vmeste.support.Browser;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resident's main journey with the keyboard alone, in the page's focus order (Tab, typing,
 * arrows, Enter, Space; no clicks): sign in, open the report form from the header, choose the
 * topic, find the place by typing a misspelt address into the map's search, describe, submit;
 * then open a vote and cast a ballot.
 */
@PortalTest
class KeyboardJourneyIT {

	private static final int MAX_TABS = 80;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void reportWithTheAddressSearchSubmitAndVoteWithTheKeyboardOnly() throws IOException {
		String text = "Яма у дома, найденного поиском адреса, знак " + UUID.randomUUID();
		VoteId vote = new VotingFixtures(context).vote().in("leninsky").open();
		try (Browser browser = Browser.open(port, 1280, 900)) {
			try {
				journey(browser, text, vote);
			}
			catch (RuntimeException | AssertionError failure) {
				// what the page showed, for whoever reads the failure
				Files.write(Path.of("target", "keyboard-journey.png"),
						((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
				Files.writeString(Path.of("target", "keyboard-journey.html"),
						"<!-- " + browser.driver().getCurrentUrl() + " -->\n" + browser.pageSource());
				throw failure;
			}
		}
	}

	private void journey(Browser browser, String text, VoteId vote) {
		browser.go("/login");
		tabTo(browser, element -> "email".equals(element.getDomAttribute("id"))).sendKeys(DemoAccounts.RESIDENT);
		active(browser).sendKeys(Keys.TAB);
		assertThat(active(browser).getDomAttribute("id")).isEqualTo("password");
		active(browser).sendKeys(DemoAccounts.PASSWORD);
		active(browser).sendKeys(Keys.ENTER);
		browser.waitFor(driver -> !browser.currentPath().startsWith("/login"));

		tabTo(browser, element -> "/appeals/new".equals(element.getDomAttribute("href"))).sendKeys(Keys.ENTER);
		browser.waitFor(driver -> browser.currentPath().equals("/appeals/new"));
		tabTo(browser, element -> "topicId".equals(element.getDomAttribute("id"))).sendKeys("Яма на дороге");
		browser.waitFor(driver -> "Яма на дороге".equals(
				driver.findElement(By.cssSelector("#topicId option:checked")).getText()));

		WebElement search = tabTo(browser, element -> "combobox".equals(element.getDomAttribute("role")));
		search.sendKeys("ленена 60");
		browser.waitFor(driver -> "true".equals(search.getDomAttribute("aria-expanded")));
		assertThat(browser.text(By.cssSelector("[role=listbox] [role=option]"))).isEqualTo("ул. Ленина, 60");
		search.sendKeys(Keys.ARROW_DOWN);
		assertThat(search.getDomAttribute("aria-activedescendant")).endsWith("-option-0");
		search.sendKeys(Keys.ENTER);
		browser.waitFor(driver -> driver.findElement(By.id("lat")).getDomProperty("value").startsWith("58.010"));
		assertThat(browser.find(By.id("address")).getDomProperty("value")).isEqualTo("ул. Ленина, 60");
		assertThat(browser.currentPath()).as("Enter in the search does not submit").isEqualTo("/appeals/new");

		tabTo(browser, element -> "text".equals(element.getDomAttribute("id"))).sendKeys(text);
		tabTo(browser, element -> "submit-report".equals(element.getDomAttribute("id"))).sendKeys(Keys.ENTER);
		browser.waitFor(driver -> browser.currentPath().matches("/appeals/[0-9a-f-]{36}"));
		assertThat(browser.pageSource()).contains("ул. Ленина, 60");
		assertThat(jdbc.sql("select count(*) from reports_appeals where text = ? and address = 'ул. Ленина, 60'")
			.param(text)
			.query(Long.class)
			.single()).isEqualTo(1);

		browser.go("/votes/" + vote.value());
		tabTo(browser, element -> "optionIds".equals(element.getDomAttribute("name"))).sendKeys(Keys.SPACE);
		assertThat(browser.find(By.cssSelector("input[name=optionIds]:checked"))).isNotNull();
		tabTo(browser, element -> "cast".equals(element.getDomAttribute("id"))).sendKeys(Keys.ENTER);
		browser.waitFor(driver -> "Квитанция о вашем голосе".equals(driver.findElement(By.tagName("h1")).getText()));
	}

	private static WebElement active(Browser browser) {
		return browser.driver().switchTo().activeElement();
	}

	/** Presses Tab until the focused element is the one wanted; fails if the focus order never reaches it. */
	private static WebElement tabTo(Browser browser, Predicate<WebElement> wanted) {
		for (int i = 0; i < MAX_TABS; i++) {
			WebElement focused = active(browser);
			if (wanted.test(focused)) {
				return focused;
			}
			// the keyboard, not the element: sendKeys on a file input would choose a file
			new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
		}
		throw new AssertionError("Tab never reached the element; focus is on " + active(browser).getTagName() + " "
				+ active(browser).getDomAttribute("id"));
	}

}
