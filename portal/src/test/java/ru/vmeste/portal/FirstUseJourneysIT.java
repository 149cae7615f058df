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
		browser.signIn(DemoAccounts.OFFICIAL);
		browser.go("/inbox/appeals/" + appeal);
		browser.find(By.cssSelector("[data-point-map].leaflet-container .leaflet-marker-icon"));
		assertThat(browser.text(By.cssSelector("[data-point-coordinates]"))).matches("5\\d\\.\\d+, 5\\d\\.\\d+");
		assertThat(browser.consoleErrors()).as("maps.js and the page's scripts load").isEmpty();
	}

	@Test
	void theReportFormRefusesAnEmptyPreviewAndKeepsTheTokenOutOfTheAddress() {
		browser.signIn(DemoAccounts.RESIDENT);
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

	@Test
	void aVisitorIsInvitedToSignInToSupportAPublicAppeal() throws Exception {
		String page = mvc.get().uri("/api/v1/appeals?size=1&status=ROUTED").exchange().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String appeal = JsonPath.read(page, "$.items[0].id");
		browser.go("/appeals/" + appeal);
		WebElement invitation = browser.find(By.cssSelector("[data-sign-in-to-support]"));
		assertThat(invitation.getText()).isEqualTo("Войдите, чтобы сообщить, что у вас та же проблема");
		assertThat(invitation.getDomAttribute("href")).isEqualTo("/login");
	}

	@Test
	void aResidentWhoMayNotVoteYetIsLinkedToTheirProfile() throws Exception {
		String email = DemoAccounts.uniqueEmail();
		DemoAccounts.newResident(mvc, email);
		String votes = mvc.get().uri("/api/v1/votes?size=50").exchange().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		List<String> open = JsonPath.read(votes, "$.items[?(@.status == 'OPEN')].id");
		assertThat(open).isNotEmpty();
		browser.signIn(email, "resident-pass");
		browser.go("/votes/" + open.get(0));
		assertThat(browser.text(By.id("refusal"))).isNotBlank();
		assertThat(browser.find(By.id("refusal-fix")).getDomAttribute("href")).isEqualTo("/account/profile");
	}

	@Test
	void objectsAreListedInNaturalOrder() {
		browser.go("/objects");
		List<String> names = browser.driver().findElements(By.cssSelector("table tbody tr td:first-child a"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(names).hasSizeGreaterThan(5);
		for (int i = 1; i < names.size(); i++) {
			String before = names.get(i - 1).replaceFirst("\\d.*$", "");
			String after = names.get(i).replaceFirst("\\d.*$", "");
			if (before.equals(after) && names.get(i - 1).matches(".*?\\d+.*") && names.get(i).matches(".*?\\d+.*")) {
				assertThat(number(names.get(i - 1))).as("%s before %s", names.get(i - 1), names.get(i))
					.isLessThanOrEqualTo(number(names.get(i)));
			}
		}
	}

	@Test
	void theMainPagesFitAPhoneWithoutScrollingSideways() {
		browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
		try {
			List<String> overflowing = new ArrayList<>();
			for (String path : List.of("/", "/appeals", "/works", "/votes", "/objects", "/opendata", "/login")) {
				browser.go(path);
				browser.find(By.tagName("h1"));
				long width = (Long) ((JavascriptExecutor) browser.driver())
					.executeScript("return document.documentElement.scrollWidth");
				if (width > 390) {
					overflowing.add(path + " (" + width + " px)");
				}
			}
			browser.signIn(DemoAccounts.RESIDENT);
			for (String path : List.of("/appeals/new", "/appeals/mine")) {
				browser.go(path);
				browser.find(By.tagName("h1"));
				long width = (Long) ((JavascriptExecutor) browser.driver())
					.executeScript("return document.documentElement.scrollWidth");
				if (width > 390) {
					overflowing.add(path + " (" + width + " px)");
				}
			}
			assertThat(overflowing).as("pages wider than a 390 px phone").isEmpty();
		}
		finally {
			browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
		}
	}

	@Test
	void onAPhoneTheListComesFirstAndNoColumnOrChartLabelIsCutOff() throws Exception {
		browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
		try {
			browser.go("/appeals?status=ROUTED");
			WebElement fold = browser.find(By.cssSelector("details.filter-fold"));
			assertThat(fold.getDomProperty("open")).as("filters folded on a phone").isEqualTo("false");
			assertThat(browser.text(By.cssSelector("details.filter-fold summary"))).as("the button says one filter is set")
				.isEqualTo("Фильтры 1");
			assertThat(top(browser.find(By.cssSelector("[data-appeals-map]")))).as("the map starts on the first screen")
				.isLessThan(844 / 2);
			browser.click(By.cssSelector("details.filter-fold summary"));
			assertThat(browser.find(By.id("filter-status")).isDisplayed()).isTrue();

			browser.signIn(DemoAccounts.RESIDENT);
			browser.go("/appeals/mine");
			List<WebElement> dates = browser.driver().findElements(By.cssSelector("[data-phone-date]"));
			assertThat(dates).as("the demo resident's appeals").isNotEmpty();
			for (WebElement date : dates) {
				assertThat(date.getText()).matches("\\d\\d\\.\\d\\d\\.\\d{4}");
				assertThat(right(date)).as("the date is inside the screen").isLessThanOrEqualTo(390);
			}
			assertThat((Boolean) script("var t = document.querySelector('.table-responsive');"
					+ " return t.scrollWidth <= t.clientWidth")).as("the table needs no sideways scrolling").isTrue();

			String votes = mvc.get().uri("/api/v1/votes?size=50").exchange().getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			List<String> counted = JsonPath.read(votes, "$.items[?(@.status == 'PUBLISHED' || @.status == 'CLOSED')].id");
			assertThat(counted).isNotEmpty();
			browser.go("/votes/" + counted.get(0) + "/results");
			browser.find(By.cssSelector("#results-chart"));
			@SuppressWarnings("unchecked")
			List<Object> cut = (List<Object>) script("""
					var chart = Chart.getChart('results-chart');
					var scale = chart.scales.y;
					var ctx = document.createElement('canvas').getContext('2d');
					ctx.font = Chart.helpers.toFont(scale.options.ticks.font).string;
					var cut = [];
					chart.data.labels.forEach(function (label) {
					  [].concat(label).forEach(function (line) {
					    if (ctx.measureText(line).width > scale.width || scale.left < 0) { cut.push(line); }
					  });
					});
					return cut;""");
			assertThat(cut).as("chart labels wider than the room left of the bars").isEmpty();
		}
		finally {
			browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
		}
		browser.go("/appeals");
		assertThat(browser.find(By.cssSelector("details.filter-fold")).getDomProperty("open")).as("open on a desktop")
			.isEqualTo("true");
		assertThat(browser.find(By.cssSelector("details.filter-fold summary")).isDisplayed()).isFalse();
	}

	@Test
	void aWorkSaysWhyItsObjectsAreListedTheMapHasALegendAndTheTimelineAnAxis() throws Exception {
		String works = mvc.get().uri("/api/v1/works?size=100").exchange().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		List<String> ids = JsonPath.read(works, "$.items[*].id");
		String linked = null;
		for (String id : ids) {
			String work = mvc.get().uri("/api/v1/works/" + id).exchange().getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			if (!JsonPath.<List<String>>read(work, "$.objectIds").isEmpty()) {
				linked = id;
				break;
			}
		}
		assertThat(linked).as("a demo work linked to city objects").isNotNull();
		browser.go("/works/" + linked + "?lang=en");
		assertThat(browser.text(By.cssSelector("[data-work-objects-why]"))).matches("The works (repair|build or rebuild|improve|maintain) these city objects:");
		List<WebElement> ticks = browser.driver().findElements(By.cssSelector("[data-timeline-axis] .work-timeline-tick"));
		assertThat(ticks).as("dates along the timeline").hasSizeBetween(2, 6);
		assertThat(ticks).allSatisfy(tick -> assertThat(tick.getText()).matches("\\d\\d\\.\\d\\d(\\d\\d)?|\\d\\d\\.\\d{4}|\\d{4}"));
		assertThat(browser.text(By.cssSelector("[data-work-status]"))).as("the status in English").matches("[A-Z][a-z ]+");
		List<WebElement> data = browser.driver().findElements(By.xpath("//dt[. = 'Funding source' or . = 'Program']/following-sibling::dd[1]"));
		assertThat(data).as("the demo work's programme and funding source").isNotEmpty();
		assertThat(data).allSatisfy(value -> {
			assertThat(value.getText()).as("data without English, shown as it is").containsPattern("\\p{IsCyrillic}");
			assertThat(value.getDomAttribute("lang")).as("and marked Russian for screen readers").isEqualTo("ru");
		});

		browser.go("/works?lang=en");
		List<WebElement> legend = browser.driver().findElements(By.cssSelector("[data-works-legend] li"));
		assertThat(legend).extracting(WebElement::getText).contains("Planned", "In progress", "Completed");
		browser.go("/?lang=en");
		assertThat(browser.driver().findElements(By.cssSelector(".service-tile .card-title")))
			.extracting(WebElement::getText).contains("Report").doesNotContain("Inform");
		browser.go("/?lang=ru");
	}

	@Test
	void aSeededAppealSaysWhereItIsInWords() throws Exception {
		// the oldest routed appeals are the demo's (other tests add new ones at random points)
		String page = mvc.get().uri("/api/v1/appeals?size=100&status=ROUTED").exchange().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		List<String> appeals = JsonPath.read(page, "$.items[*].id");
		assertThat(appeals).hasSizeGreaterThan(5);
		for (String appeal : appeals.subList(appeals.size() - 5, appeals.size())) {
			browser.go("/appeals/" + appeal);
			assertThat(browser.text(By.cssSelector("[data-address]"))).as("appeal %s", appeal)
				.doesNotMatch(".*\\d+\\.\\d{4,}.*")
				.matches(".*\\p{IsCyrillic}.*\\d+.*");
		}
	}

	private static Object script(String code) {
		return ((JavascriptExecutor) browser.driver()).executeScript(code);
	}

	private static long top(WebElement element) {
		return ((Number) ((JavascriptExecutor) browser.driver())
			.executeScript("return arguments[0].getBoundingClientRect().top", element)).longValue();
	}

	private static long right(WebElement element) {
		return ((Number) ((JavascriptExecutor) browser.driver())
			.executeScript("return arguments[0].getBoundingClientRect().right", element)).longValue();
	}

	private static long number(String name) {
		java.util.regex.Matcher digits = java.util.regex.Pattern.compile("\\d{1,18}").matcher(name);
		return digits.find() ? Long.parseLong(digits.group()) : 0;
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


}
