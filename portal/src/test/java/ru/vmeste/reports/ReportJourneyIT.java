package ru.vmeste.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import ru.vmeste.support.Browser;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.ExifJpeg;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo resident reports a pothole with a photo at a point of the map (the draft survives a
 * reload); the moderator sees it with its checks and publishes it; anyone then finds it on the
 * public map, and its page shows the history without the author's name.
 */
@PortalTest
class ReportJourneyIT {

	@LocalServerPort
	int port;

	@Test
	void residentReportsModeratorPublishesAndThePublicSeesItOnTheMap() throws IOException {
		String text = "Глубокая яма на дороге у дома 17, знак " + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		String lat = "58.008" + ThreadLocalRandom.current().nextInt(100, 999);
		String lon = "56.221" + ThreadLocalRandom.current().nextInt(100, 999);
		Path photo = Files.createTempFile("pothole", ".jpg");
		Files.write(photo, ExifJpeg.withGps(640, 480, 1));
		try (Browser browser = Browser.open(port, 360, 740)) {
			browser.signIn(DemoAccounts.RESIDENT);
			browser.go("/appeals/new");
			new Select(browser.find(By.id("topicId"))).selectByVisibleText("Яма на дороге");
			browser.type(By.id("lat"), lat).type(By.id("lon"), lon).type(By.id("text"), text);
			browser.driver().navigate().refresh();
			browser.waitFor(driver -> text.equals(driver.findElement(By.id("text")).getDomProperty("value")));
			assertThat(new Select(browser.find(By.id("topicId"))).getFirstSelectedOption().getText()).isEqualTo("Яма на дороге");
			assertThat(browser.find(By.id("lat")).getDomProperty("value")).isEqualTo(lat);
			browser.find(By.id("photos")).sendKeys(photo.toString());
			press(browser, By.id("preview-report"));
			assertThat(browser.text(By.cssSelector("[data-preview='text']"))).isEqualTo(text);
			press(browser, By.id("submit-report"));
			browser.waitFor(driver -> browser.currentPath().matches("/appeals/[0-9a-f-]{36}"));
			String appeal = browser.currentPath();
			assertThat(browser.text(By.cssSelector("[data-status]"))).isEqualTo("На модерации");
			assertThat(browser.find(By.cssSelector("img.appeal-photo")).getAttribute("src")).contains(appeal + "/photos/");

			browser.driver().manage().deleteAllCookies();
			browser.signIn(DemoAccounts.MODERATOR);
			browser.go("/moderation");
			// on a phone the filters are folded under their button
			press(browser, By.cssSelector("details.filter-fold > summary"));
			browser.type(By.id("filter-text"), text);
			press(browser, By.cssSelector("main form[data-filter-bar] button[type=submit]"));
			// the unfiltered queue may list the appeal too: wait for the filtered one, or its link goes stale
			browser.waitFor(driver -> driver.getCurrentUrl().contains("text="));
			press(browser, By.xpath("//li[contains(., '" + text + "')]//a[@data-item-link]"));
			assertThat(browser.text(By.cssSelector("[data-item-text]"))).isEqualTo(text);
			// the demo resident reports a lot in this suite, so the submission-rate signal may be up; nothing else is
			assertThat(browser.find(By.cssSelector("[data-checks]")).isDisplayed()).isTrue();
			assertThat(browser.driver().findElements(By.cssSelector("[data-check='profanity']"))).isEmpty();
			press(browser, By.cssSelector("button[name=decision][value=PUBLISH]"));
			// back to the queue (a refused decision would stay on the item's address)
			browser.waitFor(driver -> browser.currentPath().equals("/moderation"));

			browser.driver().manage().deleteAllCookies();
			By marker = By.cssSelector("[data-appeal-id='" + appeal.substring("/appeals/".length()) + "']");
			Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
				browser.go("/appeals?lat=" + lat + "&lon=" + lon + "&zoom=17");
				browser.waitFor(driver -> driver.findElement(By.cssSelector("[data-appeals-map][data-loaded]")));
				return !browser.driver().findElements(marker).isEmpty();
			});
			browser.go(browser.find(marker).getDomAttribute("data-href"));
			assertThat(browser.text(By.cssSelector("[data-status]"))).isEqualTo("Направлено");
			assertThat(browser.text(By.cssSelector("[data-history]"))).contains("Подано", "Опубликовано после модерации");
			assertThat(browser.text(By.cssSelector("[data-appeal-text]"))).isEqualTo(text);
			assertThat(browser.pageSource()).doesNotContain("Анна", "Жителева", DemoAccounts.RESIDENT);
		}
		finally {
			Files.deleteIfExists(photo);
		}
	}

	/** Scrolls the element to the middle of the small screen at once (Bootstrap makes scrolling smooth), then clicks. */
	private static void press(Browser browser, By by) {
		WebElement element = browser.find(by);
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

}
