package ru.vmeste.objects;

import java.util.Comparator;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.web.server.LocalServerPort;

import ru.vmeste.support.Browser;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor explores the map of city objects with no map tiles reachable: clusters with counts
 * appear over the district outlines, a click on one zooms in, search finds a school and its
 * page shows it on a small map. On a phone the page fits the screen.
 */
@PortalTest
class ObjectMapJourneyIT {

	@LocalServerPort
	int port;

	@Test
	void visitorExploresClustersFindsASchoolAndOpensItsPage() {
		try (Browser browser = Browser.open(port)) {
			browser.go("/objects");
			browser.waitFor(driver -> driver.findElements(By.cssSelector("#object-map .object-cluster")).size() > 10);
			int zoom = zoom(browser);
			WebElement biggest = browser.driver()
				.findElements(By.cssSelector("#object-map .object-cluster"))
				.stream()
				.max(Comparator.comparingInt(
						cluster -> Integer.parseInt(cluster.getDomProperty("textContent").replace("k", "000"))))
				.orElseThrow();
			biggest.click();
			browser.waitFor(driver -> zoom(browser) > zoom);

			browser.type(By.id("q"), "Шкала № 12").click(By.cssSelector("#object-filters button[type=submit]"));
			// a keyboard user follows the result link
			browser.find(By.linkText("Школа № 12")).sendKeys(Keys.ENTER);
			assertThat(browser.text(By.tagName("h1"))).isEqualTo("Школа № 12");
			browser.waitFor(driver -> !driver.findElements(By.cssSelector("#object-geometry .leaflet-interactive")).isEmpty());
		}
	}

	@Test
	void theMapPageFitsAPhone() {
		try (Browser browser = Browser.open(port, 360, 740)) {
			browser.go("/objects");
			browser.waitFor(driver -> !driver.findElements(By.cssSelector("#object-map .object-cluster")).isEmpty());
			JavascriptExecutor page = (JavascriptExecutor) browser.driver();
			long scrollWidth = (Long) page.executeScript("return document.documentElement.scrollWidth");
			long clientWidth = (Long) page.executeScript("return document.documentElement.clientWidth");
			assertThat(scrollWidth).isLessThanOrEqualTo(clientWidth);
		}
	}

	private static int zoom(Browser browser) {
		return Integer.parseInt(browser.find(By.id("object-map")).getDomAttribute("data-current-zoom"));
	}

}
