package ru.vmeste.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.identity.internal.Users;
import ru.vmeste.support.Browser;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.ExifJpeg;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loop closes in the browser: the demo official finds a new pothole in the inbox, assigns
 * it and answers with a photo; the author rates the answer "not solved", which reopens the
 * appeal and puts it back among the official's new appeals; the public page shows the routing
 * explanation and the whole history. The rating buttons are readable, and an answer that only
 * promises a repair keeps the appeal in work with its date (issue 15, point 6).
 */
@PortalTest
class WorkspaceJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Topics topics;

	@Autowired
	Users users;

	@Test
	void officialAnswersResidentSaysNotSolvedAndTheAppealComesBack() throws IOException {
		String appeal = Reporting.published(mvc, DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT),
				DemoAccounts.bearer(mvc, DemoAccounts.MODERATOR), Reporting.topicId(topics, "pothole"),
				Reporting.somewhereInTheCentre(), "Яма у школы, колёса пробивают " + System.nanoTime());
		String official = users.byEmail(DemoAccounts.OFFICIAL).orElseThrow().id().toString();
		String answer = "Яму заделали холодным асфальтом";
		Path photo = Files.createTempFile("repaired", ".jpg");
		Files.write(photo, ExifJpeg.withGps(640, 480, 1));
		try (Browser browser = Browser.open(port)) {
			browser.signIn(DemoAccounts.OFFICIAL);
			openFromInbox(browser, appeal);
			assertThat(browser.text(By.cssSelector("[data-routing-explanation]")))
				.isEqualTo("Дороги и тротуары, Ленинский район → МКУ «Пермблагоустройство»");
			new Select(browser.find(By.id("executorId"))).selectByValue(official);
			press(browser, By.cssSelector("[data-assign-form] button[type=submit]"));
			browser.waitFor(driver -> "Олег Чиновников".equals(driver.findElement(By.cssSelector("[data-assignee]")).getText()));
			browser.type(By.id("answer-text"), answer);
			browser.find(By.id("answer-files")).sendKeys(photo.toString());
			press(browser, By.cssSelector("[data-answer-form] button[type=submit]"));
			browser.waitFor(driver -> "Дан ответ".equals(driver.findElement(By.cssSelector("[data-status]")).getText()));

			browser.driver().manage().deleteAllCookies();
			browser.signIn(DemoAccounts.RESIDENT);
			browser.go("/appeals/" + appeal);
			assertThat(browser.text(By.cssSelector("[data-answer-text]"))).isEqualTo(answer);
			assertThat(browser.find(By.cssSelector("img[data-answer-photo]")).getAttribute("src")).contains(appeal);
			assertThat(lowestContrast(browser, "[data-rating-form] label[for^='score-']"))
				.as("the 1–5 buttons are readable (WCAG AA: 4.5)").isGreaterThanOrEqualTo(4.5);
			press(browser, By.cssSelector("label[for='score-2']"));
			press(browser, By.id("solved-no"));
			browser.type(By.id("rating-comment"), "Яма на месте, заделали соседнюю");
			press(browser, By.cssSelector("[data-rating-form] button[type=submit]"));
			browser.waitFor(driver -> "Возобновлено".equals(driver.findElement(By.cssSelector("[data-status]")).getText()));

			browser.driver().manage().deleteAllCookies();
			browser.signIn(DemoAccounts.OFFICIAL);
			openFromInbox(browser, appeal);
			assertThat(browser.text(By.cssSelector("[data-case-rating]"))).contains("Яма на месте, заделали соседнюю");

			browser.driver().manage().deleteAllCookies();
			browser.go("/appeals/" + appeal);
			assertThat(browser.text(By.cssSelector("[data-status]"))).isEqualTo("Возобновлено");
			assertThat(browser.text(By.cssSelector("[data-routing-explanation]")))
				.contains("Дороги и тротуары, Ленинский район → МКУ «Пермблагоустройство»");
			assertThat(browser.driver().findElements(By.cssSelector("[data-history] li > div.fw-semibold")).stream()
				.map(WebElement::getText)).containsExactly("Подано",
					"Опубликовано после модерации", "Направлено ответственной организации", "Взято в работу",
					"Организация ответила", "Автор оценил ответ: не решено",
					"Возобновлено: автор сообщил, что проблема не решена");
			assertThat(browser.text(By.cssSelector("[data-answer-text]"))).isEqualTo(answer);
			assertThat(browser.pageSource()).doesNotContain("Олег Чиновников", "заделали соседнюю", DemoAccounts.RESIDENT);
		}
		finally {
			Files.deleteIfExists(photo);
		}
	}

	@Test
	void aPromisedRepairKeepsTheAppealInWorkWithItsDate() {
		String appeal = Reporting.published(mvc, DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT),
				DemoAccounts.bearer(mvc, DemoAccounts.MODERATOR), Reporting.topicId(topics, "pothole"),
				Reporting.somewhereInTheCentre(), "Провал асфальта у остановки " + System.nanoTime());
		String official = users.byEmail(DemoAccounts.OFFICIAL).orElseThrow().id().toString();
		LocalDate repairBy = LocalDate.now().plusDays(40);
		try (Browser browser = Browser.open(port)) {
			browser.signIn(DemoAccounts.OFFICIAL);
			openFromInbox(browser, appeal);
			new Select(browser.find(By.id("executorId"))).selectByValue(official);
			press(browser, By.cssSelector("[data-assign-form] button[type=submit]"));
			browser.waitFor(driver -> "Олег Чиновников".equals(driver.findElement(By.cssSelector("[data-assignee]")).getText()));
			browser.type(By.id("answer-text"), "Провал заделаем при ремонте дороги");
			press(browser, By.id("outcome-promised"));
			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
					browser.find(By.id("promised-by")), repairBy.toString());
			press(browser, By.cssSelector("[data-answer-form] button[type=submit]"));
			browser.waitFor(driver -> "В работе".equals(driver.findElement(By.cssSelector("[data-status]")).getText()));

			browser.driver().manage().deleteAllCookies();
			browser.go("/appeals/" + appeal);
			assertThat(browser.text(By.cssSelector("[data-status]"))).as("a promise is not an answer").isEqualTo("В работе");
			assertThat(browser.text(By.cssSelector("[data-history]"))).contains(
					"Пока не решено: организация планирует ремонт до",
					String.format("%02d.%02d.%d", repairBy.getDayOfMonth(), repairBy.getMonthValue(), repairBy.getYear()));
			assertThat(browser.driver().findElements(By.cssSelector("[data-rating-form]"))).as("nothing to rate yet").isEmpty();
		}
	}

	/** The lowest contrast ratio (WCAG 2.1) of the elements' text against their backgrounds. */
	private static double lowestContrast(Browser browser, String selector) {
		return ((Number) ((JavascriptExecutor) browser.driver()).executeScript("""
				function rgb(value) { return value.match(/[\\d.]+/g).map(Number); }
				function luminance(c) {
				  var v = c.slice(0, 3).map(function (x) { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
				  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
				}
				function background(element) {
				  for (var e = element; e; e = e.parentElement) {
				    var c = rgb(getComputedStyle(e).backgroundColor);
				    if (c.length < 4 || c[3] > 0) { return c; }
				  }
				  return [255, 255, 255];
				}
				var lowest = 21;
				document.querySelectorAll(arguments[0]).forEach(function (element) {
				  var a = luminance(rgb(getComputedStyle(element).color)), b = luminance(background(element));
				  lowest = Math.min(lowest, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05));
				});
				return document.querySelectorAll(arguments[0]).length ? lowest : 0;""", selector)).doubleValue();
	}

	/** Pages through the new appeals, as an official would, and opens the appeal. */
	private static void openFromInbox(Browser browser, String appeal) {
		browser.go("/inbox?view=NEW");
		By link = By.cssSelector("a[data-inbox-link][href='/inbox/appeals/" + appeal + "']");
		By next = By.cssSelector(".pagination li:not(.disabled):last-child a");
		while (browser.driver().findElements(link).isEmpty()) {
			assertThat(browser.driver().findElements(next)).as("the appeal among the new ones").isNotEmpty();
			String page = browser.currentPath();
			press(browser, next);
			browser.waitFor(driver -> !browser.currentPath().equals(page));
		}
		press(browser, link);
		browser.waitFor(driver -> browser.currentPath().equals("/inbox/appeals/" + appeal));
	}

	/** Scrolls the element into view at once (Bootstrap makes scrolling smooth), then clicks. */
	private static void press(Browser browser, By by) {
		WebElement element = browser.find(by);
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

}
