package ru.vmeste.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.objects.CityObjects;
import ru.vmeste.objects.ObjectType;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.reports.Reporting;
import ru.vmeste.reports.Topic;
import ru.vmeste.reports.Topics;
import ru.vmeste.support.Browser;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff pages in Chromium (issue 15, points 7 and 9): routing rules read as names, the grouped
 * user menu is walked with the keyboard on a desktop and a phone, the moderation queue shows
 * numbers, the waiting count and a marker per waiting appeal, and the header stays one row at
 * 1280 px for every audience. Every journey fails on a console error (Browser.close).
 */
@PortalTest
class StaffJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Topics topics;

	@Autowired
	Organizations organizations;

	@Autowired
	CityObjects objects;

	@Test
	void routingRulesReadAsNamesNotCodes() {
		List<String> codes = Stream.of(topics.all().stream().map(Topic::code),
				organizations.all().stream().map(Organization::code), objects.types().stream().map(ObjectType::code))
			.flatMap(each -> each)
			.toList();
		Map<String, String> typeNames = new java.util.HashMap<>();
		objects.types().forEach(type -> typeNames.put(type.code(), type.name().ru()));
		try (Browser browser = Browser.open(port)) {
			browser.signIn(DemoAccounts.ADMIN);
			browser.go("/admin/routing");
			WebElement table = browser.find(By.cssSelector("[data-rules]"));
			List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
			assertThat(rows).isNotEmpty();
			String objectRule = null;
			for (WebElement row : rows) {
				List<WebElement> cells = row.findElements(By.tagName("td"));
				for (int i = 0; i < 3; i++) {
					String label = cells.get(i).getText();
					assertThat(label).as("a rule's visible label").isNotBlank();
					for (String code : codes) {
						assertThat(label).as("a rule's visible label").doesNotContainPattern("(^|[\\s(,])" + code + "($|[\\s),])");
					}
				}
				if (cells.get(1).getText().startsWith("объект")) {
					objectRule = cells.get(4).findElement(By.tagName("a")).getDomAttribute("href");
				}
			}
			assertThat(objectRule).as("the demo has an object rule").isNotNull();
			browser.go(objectRule);
			List<WebElement> choices = browser.find(By.cssSelector("[data-object-types]"))
				.findElements(By.cssSelector(".form-check"));
			assertThat(choices).hasSize(typeNames.size());
			long chosen = 0;
			for (WebElement choice : choices) {
				String code = choice.findElement(By.tagName("input")).getDomAttribute("value");
				String name = choice.findElement(By.cssSelector("label span")).getText();
				assertThat(name).as("the label of %s", code).isEqualTo(typeNames.get(code));
				chosen += choice.findElement(By.tagName("input")).isSelected() ? 1 : 0;
			}
			assertThat(chosen).as("the rule's types are ticked").isPositive();
		}
	}

	@Test
	void theAdministratorsMenuIsGroupedAndWalkedWithTheKeyboard() {
		try (Browser browser = Browser.open(port)) {
			browser.signIn(DemoAccounts.ADMIN);
			browser.go("/?lang=en");
			walkTheMenuTo(browser, "/admin/routing");
			assertThat(browser.currentPath()).isEqualTo("/admin/routing");

			browser.go("/?lang=en");
			WebElement button = browser.find(By.id("user-menu"));
			button.sendKeys(Keys.ENTER);
			WebElement menu = browser.waitFor(driver -> {
				WebElement shown = driver.findElement(By.cssSelector(".user-menu.show"));
				return shown.isDisplayed() ? shown : null;
			});
			List<String> headings = menu.findElements(By.cssSelector(".dropdown-header"))
				.stream()
				.map(WebElement::getText)
				.toList();
			assertThat(headings).containsExactly("Appeals", "City data", "Votes and ideas", "People and organizations",
					"System");
			long bottom = (Long) script(browser,
					"return Math.ceil(document.querySelector('.user-menu.show').getBoundingClientRect().bottom)");
			long height = (Long) script(browser, "return window.innerHeight");
			assertThat(bottom).as("the open menu stays within the window").isLessThanOrEqualTo(height);
			browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
			browser.waitFor(driver -> driver.findElements(By.cssSelector(".user-menu.show")).isEmpty());
			assertThat(script(browser, "return document.activeElement.id")).isEqualTo("user-menu");

			browser.driver().manage().window().setSize(new Dimension(390, 844));
			browser.go("/?lang=en");
			WebElement toggler = browser.find(By.cssSelector(".navbar-toggler"));
			toggler.sendKeys(Keys.ENTER);
			browser.waitFor(driver -> driver.findElement(By.id("main-nav")).getDomAttribute("class").contains("show"));
			walkTheMenuTo(browser, "/admin/mail");
			assertThat(browser.currentPath()).isEqualTo("/admin/mail");
		}
	}

	@Test
	void theModerationQueueShowsNumbersTheWaitingCountAndAMarkerPerWaitingAppeal() {
		String text = "Разбит бордюр у перехода " + UUID.randomUUID().toString().substring(0, 8);
		long number = Reporting.waitingForModeration(mvc, jdbc, topics, text).number();
		try (Browser browser = Browser.open(port)) {
			browser.signIn(DemoAccounts.MODERATOR);
			browser.go("/moderation");
			long pending = jdbc.sql("select count(*) from moderation_items where state = 'PENDING'").query(Long.class)
				.single();
			long appeals = jdbc.sql("select count(*) from moderation_items where state = 'PENDING' and kind = 'APPEAL'")
				.query(Long.class).single();
			WebElement count = browser.find(By.cssSelector("h1 [data-pending]"));
			assertThat(count.getDomAttribute("data-count")).isEqualTo(String.valueOf(pending));
			assertThat(count.getText()).contains(String.valueOf(pending));
			assertThat(browser.find(By.cssSelector("#user-menu [data-menu-waiting]")).getText())
				.isEqualTo(String.valueOf(pending));

			List<WebElement> numbers = browser.driver().findElements(By.cssSelector("[data-queue] [data-item-number]"));
			assertThat(numbers).isNotEmpty().allSatisfy(shown -> assertThat(shown.getText()).matches("№ \\d+"));
			browser.waitFor(driver -> driver.findElements(By.cssSelector("[data-moderation-map] .leaflet-marker-icon"))
				.size() == appeals);
			List<String> labels = browser.driver()
				.findElements(By.cssSelector("[data-moderation-map] .leaflet-marker-icon"))
				.stream()
				.map(marker -> marker.getDomAttribute("aria-label"))
				.toList();
			assertThat(labels).doesNotHaveDuplicates().contains("№ " + number + ": Яма на дороге");

			browser.go("/moderation?text=" + text.substring(text.length() - 8));
			assertThat(browser.text(By.cssSelector("[data-queue] [data-item-number]"))).isEqualTo("№ " + number);
		}
	}

	@Test
	void theHeaderIsOneRowAt1280ForEveryAudience() {
		List<String> wrapped = new ArrayList<>();
		try (Browser browser = Browser.open(port, 1280, 900)) {
			for (String account : List.of("", DemoAccounts.RESIDENT, DemoAccounts.MODERATOR, DemoAccounts.OFFICIAL,
					DemoAccounts.ADMIN)) {
				browser.driver().manage().deleteAllCookies();
				if (!account.isEmpty()) {
					browser.signIn(account);
				}
				for (String page : List.of("/?lang=ru", "/appeals", "/?lang=en")) {
					browser.go(page);
					browser.find(By.tagName("h1"));
					@SuppressWarnings("unchecked")
					List<String> below = (List<String>) script(browser, """
							var brand = document.querySelector('.navbar-brand').getBoundingClientRect();
							return Array.from(document.querySelectorAll('#main-nav .nav-item'))
							  .filter(function (item) { return item.offsetParent !== null; })
							  .filter(function (item) {
							    var box = item.getBoundingClientRect();
							    return box.top >= brand.bottom || box.bottom <= brand.top;
							  })
							  .map(function (item) { return item.textContent.trim().replace(/\\s+/g, ' '); });
							""");
					if (!below.isEmpty()) {
						wrapped.add((account.isEmpty() ? "visitor" : account) + " " + page + ": " + below);
					}
				}
			}
			browser.go("/?lang=ru");
		}
		assertThat(wrapped).as("header entries off the brand's row at 1280 px").isEmpty();
	}

	/** Opens the user menu with Enter and presses the down arrow until the entry has focus, then Enter. */
	private static void walkTheMenuTo(Browser browser, String path) {
		WebElement button = browser.find(By.id("user-menu"));
		button.sendKeys(Keys.ENTER);
		browser.waitFor(driver -> driver.findElements(By.cssSelector(".user-menu.show")).size() == 1);
		int presses = 0;
		while (!path.equals(script(browser, "return document.activeElement.getAttribute('href')"))) {
			assertThat(presses++).as("arrow presses to reach %s", path).isLessThan(60);
			browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
		}
		browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
		browser.waitFor(driver -> browser.currentPath().startsWith(path));
	}

	private static Object script(Browser browser, String script) {
		return ((JavascriptExecutor) browser.driver()).executeScript(script);
	}

}
