package ru.vmeste.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, for end-to-end journeys. The browser stays on
 * 127.0.0.1: background networking is off, and no other host name resolves (map tiles are not
 * needed). Missing Chromium fails the journey on CI ({@code CI=true}) and skips it elsewhere,
 * with a hint. Closing the browser fails the journey if a page logged an error in the console
 * that the journey neither read through {@link #consoleErrors()} nor declared expected with
 * {@link #expectConsoleErrors}.
 */
public final class Browser implements AutoCloseable {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private final WebDriver driver;

	private final String baseUrl;

	private final Path profile;

	private final List<String> expected = new ArrayList<>();

	private Browser(WebDriver driver, String baseUrl, Path profile) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.profile = profile;
	}

	/** A desktop-sized browser on the portal at the port. */
	public static Browser open(int port) {
		return open(port, 1280, 900);
	}

	/** A browser of the given window size, e.g. 360 x 740 for a phone. */
	public static Browser open(int port, int width, int height) {
		boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
		if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("Browser journeys need Debian's chromium and chromium-driver; .ci/run installs them");
		}
		Assumptions.assumeTrue(present, "Skipping a browser journey: install chromium and chromium-driver (see .ci/run)");
		try {
			Path profile = Files.createTempDirectory("vmeste-chromium");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM);
			options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--disable-quic", "--window-size=" + width + "," + height, "--user-data-dir=" + profile,
					// every name but the portal's fails at once: a map's tiles from the internet would each
					// hold its page's load event for 5 s until they time out
					"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
					// no history, visited links or session files written for every page opened: a fifth
					// less of the browser process's processor time (AccessibilityIT)
					"--incognito");
			LoggingPreferences logs = new LoggingPreferences();
			logs.enable(LogType.BROWSER, Level.ALL);
			options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			// the journeys share two cores with the drills' portals and their load: a page has taken more
			// than 30 s to load there (AccessibilityIT's home page), while the drills hammered theirs
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
			return new Browser(driver, "http://127.0.0.1:" + port, profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Browser go(String path) {
		driver.get(path.startsWith("http") ? path : baseUrl + path);
		return this;
	}

	public WebElement find(By by) {
		return waitFor(d -> d.findElement(by));
	}

	public Browser type(By by, String text) {
		WebElement field = find(by);
		field.clear();
		field.sendKeys(text);
		return this;
	}

	public Browser click(By by) {
		find(by).click();
		return this;
	}

	/** Signs in with the sign-in form and waits until the portal has let the browser in. */
	public Browser signIn(String email, String password) {
		go("/login").type(By.id("email"), email)
			.type(By.id("password"), password)
			.click(By.cssSelector("main form button[type=submit]"));
		waitFor(driver -> !currentPath().startsWith("/login"));
		return this;
	}

	/** Signs in as a demo account (they share {@link DemoAccounts#PASSWORD}). */
	public Browser signIn(String email) {
		return signIn(email, DemoAccounts.PASSWORD);
	}

	public String text(By by) {
		return find(by).getText();
	}

	public String pageSource() {
		return driver.getPageSource();
	}

	public String currentPath() {
		return driver.getCurrentUrl().substring(baseUrl.length());
	}

	/** Waits for the condition; elements of a page being replaced go stale, so then it simply tries again. */
	public <T> T waitFor(Function<WebDriver, T> condition) {
		return new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
			.until(condition);
	}

	/**
	 * What the pages logged as errors in the console since the last call: script errors and
	 * failed requests to the portal (resources of other hosts, such as map tiles, are not
	 * reachable from the test browser and do not count).
	 */
	public List<String> consoleErrors() {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.filter(message -> !message.startsWith("http") || message.startsWith(baseUrl))
			.toList();
	}

	/**
	 * Declares that the journey provokes console errors containing the text (e.g. a request the
	 * portal refuses on purpose), so that closing the browser does not count them.
	 */
	public Browser expectConsoleErrors(String containing) {
		expected.add(containing);
		return this;
	}

	public WebDriver driver() {
		return driver;
	}

	/** Quits the browser, then fails if a page logged an unexpected console error since the last read. */
	@Override
	public void close() {
		List<String> unexpected;
		try {
			unexpected = consoleErrors().stream()
				.filter(message -> expected.stream().noneMatch(message::contains))
				.toList();
		}
		finally {
			quit();
		}
		if (!unexpected.isEmpty()) {
			throw new AssertionError("The pages logged errors in the browser console: " + unexpected);
		}
	}

	private void quit() {
		driver.quit();
		try (var files = Files.walk(profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException ex) {
			// a leftover temporary profile is harmless
		}
	}

}
