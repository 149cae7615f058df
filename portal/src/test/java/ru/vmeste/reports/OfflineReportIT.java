package ru.vmeste.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.vmeste.support.Browser;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.ExifJpeg;
import ru.vmeste.support.Network;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone without a connection the resident writes a report with a photo and presses
 * "Submit": it waits on the device ("waiting to send"); when the connection returns it is sent
 * (by the page and, where the browser has it, by the service worker's Background Sync; again on
 * the next visit if need be) and the portal has the appeal exactly once, with its photo made
 * smaller on the phone.
 */
@PortalTest
class OfflineReportIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReportWrittenOfflineArrivesOnceWhenTheConnectionReturns() throws Exception {
		String text = "Яма без связи, знак " + UUID.randomUUID();
		Path photo = Files.createTempFile("pothole", ".jpg");
		Files.write(photo, ExifJpeg.withGps(3000, 2000, 1));
		try (Browser browser = Browser.open(port, 390, 844)) {
			browser.signIn(DemoAccounts.RESIDENT);
			browser.go("/appeals/new");
			browser.waitFor(driver -> "registered".equals(driver.findElement(By.tagName("html")).getDomAttribute("data-service-worker")));

			Network.offline(browser);
			new Select(browser.find(By.id("topicId"))).selectByVisibleText("Яма на дороге");
			browser.type(By.id("lat"), "58.010990").type(By.id("lon"), "56.230400").type(By.id("text"), text);
			browser.find(By.id("photos")).sendKeys(photo.toString());
			browser.waitFor(driver -> "true".equals(driver.findElement(By.id("report-form")).getDomAttribute("data-photos-ready")));
			press(browser, By.id("submit-report"));

			browser.waitFor(driver -> driver.findElement(By.id("report-queued")).isDisplayed());
			assertThat(browser.text(By.cssSelector("[data-outbox-item]"))).contains("Ждёт отправки", text.substring(0, 40));
			assertThat(appeals(text)).as("nothing reaches the portal offline").isZero();

			Network.online(browser);
			// the page sends on "online"; the next visit would too (both may run: the key keeps it one appeal)
			Awaitility.await().atMost(Duration.ofSeconds(60))
				.until(() -> !browser.driver().findElements(By.cssSelector("[data-outbox-sent]")).isEmpty());
			browser.go("/appeals/mine");
			Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> appeals(text) == 1);
			browser.go("/");
			assertThat(browser.driver().findElements(By.cssSelector("[data-outbox-item]"))).isEmpty();
			assertThat(appeals(text)).isEqualTo(1);
			assertThat(jdbc.sql("""
					select p.width from reports_appeal_photos p join reports_appeals a on a.id = p.appeal_id where a.text = ?
					""").param(text).query(Integer.class).single()).as("resized on the phone").isLessThanOrEqualTo(1600);
		}
		finally {
			Files.deleteIfExists(photo);
		}
	}

	private long appeals(String text) {
		return jdbc.sql("select count(*) from reports_appeals where text = ?").param(text).query(Long.class).single();
	}

	private static void press(Browser browser, By by) {
		var element = browser.find(by);
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

}
