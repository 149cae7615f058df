package ru.vmeste.portal;

import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.support.Browser;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journeys as a new resident, official and visitor walk them in Chromium (issue 15), in one
 * browser: the official's appeal page shows its map and point, the report form refuses an empty
 * preview and keeps the CSRF token out of every address, counts read in their plural form, and
 * no page logs a JavaScript error or a failing request to the portal.
 */
@PortalTest
class FirstUseJourneysIT {

	private static Browser browser;

	private static final List<String> consoleErrors = new ArrayList<>();

	@LocalServerPort
	int port;

	@Autowired
	MockMvcTester mvc;

	@BeforeEach
	void openBrowser() {
		if (browser == null) {
			browser = Browser.open(port);
		}
		browser.driver().manage().deleteAllCookies();
	}

	@AfterEach
	void collectConsoleErrors() {
		consoleErrors.addAll(browser.consoleErrors());
	}

	@AfterAll
	static void noPageLoggedAnError() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
		assertThat(consoleErrors).as("errors in the browser console across the journeys").isEmpty();
	}

	@Test
	void theOfficialSeesTheAppealOnItsMap() throws Exception {
		String inbox = mvc.get()
			.uri("/api/v1/inbox?size=1")
			.header("Authorization", DemoAccounts.bearer(mvc, DemoAccounts.OFFICIAL))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String appeal = JsonPath.read(inbox, "$.items[0].id");
		signIn(DemoAccounts.OFFICIAL);
		browser.go("/inbox/appeals/" + appeal);
		browser.find(By.cssSelector("[data-point-map].leaflet-container .leaflet-marker-icon"));
		assertThat(browser.text(By.cssSelector("[data-point-coordinates]"))).matches("5\\d\\.\\d+, 5\\d\\.\\d+");
		assertThat(browser.consoleErrors()).as("maps.js and the page's scripts load").isEmpty();
	}

	@Test
	void theReportFormRefusesAnEmptyPreviewAndKeepsTheTokenOutOfTheAddress() {
		signIn(DemoAccounts.RESIDENT);
		browser.go("/appeals/new");
		clearDraft();
		assertThat(browser.find(By.id("submit-report")).isDisplayed()).as("Submit without Preview").isTrue();
		press(By.id("preview-report"));
		WebElement summary = browser.find(By.cssSelector("[data-error-summary]"));
		assertThat(summary.getText()).contains("Опишите проблему");
		assertThat(browser.find(By.id("report-preview")).isDisplayed()).as("nothing to preview").isFalse();
		assertThat(focused()).as("focus on the error summary").isEqualTo("data-error-summary");

		fillOutsideTheRegion();
		press(By.id("submit-report"));
		browser.waitFor(driver -> !driver.findElements(By.cssSelector("[data-error-summary]")).isEmpty()
				&& "data-error-summary".equals(focused()));
		assertThat(browser.driver().getCurrentUrl()).doesNotContain("_csrf");

		// without the page's script the form posts as it is; the refusal is shown at the form's address
		browser.go("/appeals/new");
		fillOutsideTheRegion();
		((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('report-form').submit()");
		browser.waitFor(driver -> browser.currentPath().equals("/appeals"));
		browser.find(By.cssSelector("[data-error-summary]"));
		assertThat(browser.driver().getCurrentUrl()).doesNotContain("_csrf");
		assertThat(focused()).isEqualTo("data-error-summary");
		clearDraft();
	}

	@Test
	void figuresOnTheHomePageTakeThePluralFormOfTheirCount() {
		for (String language : List.of("ru", "en")) {
			browser.go("/?lang=" + language);
			List<WebElement> figures = browser.driver().findElements(By.cssSelector(".figure-value"));
			assertThat(figures).isNotEmpty();
			for (WebElement figure : figures) {
				String label = figure.findElement(By.xpath("following-sibling::div")).getText();
				long count = Long.parseLong(figure.getText().replaceAll("\\D", "").isEmpty() ? "0"
						: figure.getText().replaceAll("\\D", ""));
				if (label.startsWith("registered") || label.startsWith("зарегистрирован")) {
					assertThat(label).isEqualTo(residents(language, count));
				}
			}
		}
		browser.go("/?lang=ru");
	}

	private static String residents(String language, long count) {
		if (language.equals("en")) {
			return count == 1 ? "registered resident" : "registered residents";
		}
		long tens = count % 100;
		long units = count % 10;
		if (units == 1 && tens != 11) {
			return "зарегистрированный житель";
		}
		if (units >= 2 && units <= 4 && (tens < 12 || tens > 14)) {
			return "зарегистрированных жителя";
		}
		return "зарегистрированных жителей";
	}

	private void fillOutsideTheRegion() {
		Select topic = new Select(browser.find(By.id("topicId")));
		topic.selectByIndex(1);
		browser.type(By.id("lat"), "10.0").type(By.id("lon"), "10.0").type(By.id("text"), "Яма на дороге у остановки");
	}

	private static void clearDraft() {
		((JavascriptExecutor) browser.driver()).executeScript("localStorage.clear()");
	}

	private static String focused() {
		return (String) ((JavascriptExecutor) browser.driver()).executeScript(
				"return document.activeElement && document.activeElement.hasAttribute('data-error-summary') ? 'data-error-summary' : (document.activeElement || {}).id");
	}

	private static void press(By by) {
		WebElement element = browser.find(by);
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	private static void signIn(String email) {
		browser.go("/login")
			.type(By.id("email"), email)
			.type(By.id("password"), DemoAccounts.PASSWORD)
			.click(By.cssSelector("main form button[type=submit]"));
		browser.waitFor(driver -> !browser.currentPath().startsWith("/login"));
	}

}
