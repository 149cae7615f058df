package ru.vmeste.works;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.vmeste.support.Browser;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Find out in headless Chromium: the demo official creates a road repair with two documents and
 * a "before" photo; the demo resident follows it; the official moves it into progress and
 * completes it with an "after" photo; the resident gets both e-mails and rates the result; once
 * the moderator publishes the rating, the public page shows the timeline and the rating.
 */
@PortalTest
class WorksJourneyIT {

	private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOfficialRepairsARoadAndASubscribedResidentRatesTheResult() throws IOException {
		String title = "Ремонт ул. Газеты Звезда, участок " + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		String today = new WorksFixtures(context).today().format(RUSSIAN_DATE);
		Path project = file("project", ".pdf", WorkFiles.pdf("Project"));
		Path contract = file("contract", ".pdf", WorkFiles.pdf("Contract"));
		Path photo = file("road", ".jpg", WorkFiles.jpeg());
		try (Browser browser = Browser.open(port)) {
			browser.signIn(DemoAccounts.OFFICIAL);
			browser.go("/manage/works/new");
			browser.type(By.id("title"), title)
				.type(By.id("geometry"),
						"{\"type\":\"LineString\",\"coordinates\":[[56.2410,58.0090],[56.2440,58.0095]]}")
				.type(By.id("contractor"), "ООО «Дорожник»");
			new Select(browser.find(By.id("kind"))).selectByValue("REPAIR");
			press(browser, By.id("save-work"));
			browser.waitFor(driver -> browser.currentPath().matches("/manage/works/[0-9a-f-]{36}"));
			String work = browser.currentPath().substring("/manage/works/".length());

			attach(browser, "PROJECT", "Проект ремонта", project);
			attach(browser, "CONTRACT", "Муниципальный контракт", contract);
			addPhoto(browser, "BEFORE", photo);

			browser.driver().manage().deleteAllCookies();
			browser.signIn(DemoAccounts.RESIDENT);
			browser.go("/works/" + work);
			press(browser, By.id("subscribe"));
			browser.find(By.cssSelector("[data-subscribed]"));

			browser.driver().manage().deleteAllCookies();
			browser.signIn(DemoAccounts.OFFICIAL);
			browser.go("/manage/works/" + work);
			changeStatus(browser, "IN_PROGRESS");
			changeStatus(browser, "COMPLETED");
			addPhoto(browser, "AFTER", photo);

			assertThat(mailsAbout(title, 2)).anySatisfy(mail -> assertThat(mail).contains("идут"))
				.anySatisfy(mail -> assertThat(mail).contains("выполнены", "оценить результат"));

			browser.driver().manage().deleteAllCookies();
			browser.signIn(DemoAccounts.RESIDENT);
			browser.go("/works/" + work);
			press(browser, By.id("score-5"));
			browser.type(By.id("rating-comment"), "Дорогу сделали ровной, разметка яркая.");
			press(browser, By.id("send-rating"));
			assertThat(browser.text(By.cssSelector("[data-my-rating]"))).contains("модерац");

			browser.driver().manage().deleteAllCookies();
			browser.signIn(DemoAccounts.MODERATOR);
			browser.go("/moderation/items/" + moderationItemOfTheRating(work));
			press(browser, By.cssSelector("button[name=decision][value=PUBLISH]"));
			browser.waitFor(driver -> browser.currentPath().equals("/moderation"));

			browser.driver().manage().deleteAllCookies();
			browser.go("/works/" + work);
			browser.waitFor(driver -> {
				driver.navigate().refresh();
				return !driver.findElements(By.cssSelector("[data-rating-average]")).isEmpty();
			});
			assertThat(browser.text(By.cssSelector("[data-work-title]"))).isEqualTo(title);
			assertThat(browser.text(By.cssSelector("[data-dates]"))).contains("Фактически " + today + " " + today);
			assertThat(browser.find(By.cssSelector("[data-timeline] .work-timeline-bar.actual")).isDisplayed()).isTrue();
			assertThat(browser.text(By.cssSelector("[data-history]"))).containsSubsequence("Выполнены", "Идут");
			assertThat(browser.text(By.cssSelector("[data-rating-average]"))).contains("5,0 из 5 (оценок: 1)");
			assertThat(browser.text(By.cssSelector("[data-ratings]"))).contains("Дорогу сделали ровной, разметка яркая.");
			assertThat(browser.driver().findElements(By.cssSelector("[data-documents] li"))).hasSize(2);
			assertThat(browser.text(By.cssSelector("[data-documents]"))).contains("Проект ремонта", "Муниципальный контракт");
			assertThat(browser.driver().findElements(By.cssSelector("[data-photo-stage=BEFORE] img"))).hasSize(1);
			assertThat(browser.driver().findElements(By.cssSelector("[data-photo-stage=AFTER] img"))).hasSize(1);
		}
	}

	private static void attach(Browser browser, String kind, String title, Path file) {
		new Select(browser.find(By.id("document-kind"))).selectByValue(kind);
		browser.type(By.id("document-title"), title);
		browser.find(By.id("document-file")).sendKeys(file.toString());
		press(browser, By.id("add-document"));
		// one lookup per try: the page is being replaced, so elements found before may go stale
		browser.waitFor(driver -> !driver.findElements(By.xpath("//*[@id='documents']//li[contains(., '" + title + "')]"))
			.isEmpty());
	}

	private static void addPhoto(Browser browser, String stage, Path file) {
		int before = browser.driver().findElements(By.cssSelector("#photos img")).size();
		new Select(browser.find(By.id("photo-stage"))).selectByValue(stage);
		browser.find(By.id("photo-file")).sendKeys(file.toString());
		press(browser, By.cssSelector("#photo-form button[type=submit]"));
		browser.waitFor(driver -> driver.findElements(By.cssSelector("#photos img")).size() == before + 1);
	}

	private static void changeStatus(Browser browser, String status) {
		new Select(browser.find(By.id("status"))).selectByValue(status);
		press(browser, By.id("change-status"));
		browser.waitFor(driver -> driver.findElements(By.cssSelector("#status-form option[value=" + status + "]")).isEmpty());
	}

	/** The texts of the mails to the demo resident about these works, once there are as many as expected. */
	private static List<String> mailsAbout(String title, int count) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> TestMailServer.messagesTo(DemoAccounts.RESIDENT).stream().map(WorksJourneyIT::text)
				.filter(text -> text.contains(title))
				.toList(), mails -> mails.size() >= count);
	}

	private String moderationItemOfTheRating(String work) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("""
					select m.id::text from moderation_items m join works_ratings r on m.subject_id = r.id::text
					where r.work_id = ?::uuid
					""").param(work).query(String.class).optional(), found -> found.isPresent())
			.orElseThrow();
	}

	private static String text(MimeMessage mail) {
		try {
			return String.valueOf(mail.getContent());
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path file(String name, String suffix, byte[] bytes) throws IOException {
		Path file = Files.createTempFile(name, suffix);
		Files.write(file, bytes);
		file.toFile().deleteOnExit();
		return file;
	}

	private static void press(Browser browser, By by) {
		WebElement element = browser.find(by);
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

}
