package ru.vmeste.portal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.web.server.LocalServerPort;

import ru.vmeste.support.Axe;
import ru.vmeste.support.Browser;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core finds no serious or critical WCAG 2.1 A/AA violation on any page a visitor, a
 * resident, a moderator, an official, an expert or an administrator reaches from the header, the footer and
 * the workspace menu (and the first item each such page lists), at 1280 and at 390 px.
 * One browser for all: it signs in as each audience in turn. A page of a shape an earlier
 * audience had checked is not checked again (its header is checked on the home page of each).
 */
@PortalTest
class AccessibilityIT {

	/** Pages nobody links from a menu but everyone may open. */
	private static final List<String> PUBLIC_PAGES = List.of("/", "/login", "/account/register", "/account/forgot",
			"/accessibility", "/offline", "/appeals/new");

	private static final Pattern DETAIL = Pattern.compile("^/[a-z-]+(/[a-z-]+)?/[0-9a-f-]{36}$");

	private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f-]{27}|\\d+");

	@LocalServerPort
	int port;

	private static final Dimension DESKTOP = new Dimension(1280, 900);

	private static final Dimension PHONE = new Dimension(390, 844);

	@Test
	void everyPageOfEveryAudiencePassesAxeOnDesktopAndPhone() {
		Axe axe = Axe.load();
		Map<String, List<String>> violations = new LinkedHashMap<>();
		Set<String> checked = new LinkedHashSet<>();
		try (Browser browser = Browser.open(port, 1280, 900)) {
			browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
			Scan scan = new Scan(browser, axe, checked, violations);
			scan.audience("visitor", PUBLIC_PAGES, DESKTOP, PHONE);
			for (String account : List.of(DemoAccounts.RESIDENT, DemoAccounts.MODERATOR, DemoAccounts.OFFICIAL,
					DemoAccounts.EXPERT, DemoAccounts.ADMIN)) {
				browser.driver().manage().window().setSize(PHONE);
				browser.driver().manage().deleteAllCookies();
				browser.signIn(account);
				scan.audience(account, List.of("/account/profile"), PHONE, DESKTOP);
			}
		}
		assertThat(violations).as(() -> Axe.describe(violations)).isEmpty();
	}

	/**
	 * One audience's pages: the home page, the given pages, the menus' pages and the first detail
	 * page each of those links to; those of a shape not checked yet are checked (and become
	 * checked), at both sizes. The pages are opened to find their links at the first size (the
	 * visitor's at 1280, a signed-in audience's at 390), and a page to check is checked at that
	 * size on that same opening: only the second size opens each page again.
	 */
	private record Scan(Browser browser, Axe axe, Set<String> checked, Map<String, List<String>> violations) {

		void audience(String audience, List<String> start, Dimension first, Dimension second) {
			browser.driver().manage().window().setSize(first);
			browser.go("/");
			Set<String> listed = new LinkedHashSet<>(start);
			listed.addAll(links(browser, "header a[href^='/'], footer a[href^='/']"));
			Set<String> shapes = new LinkedHashSet<>();
			listed.forEach(page -> shapes.add(shape(page)));
			List<String> details = new ArrayList<>();
			List<String> home = links(browser, "main a[href^='/']");
			List<String> pages = new ArrayList<>(List.of("/"));
			checked.add(shape("/"));
			check(audience, "/", first);
			for (String page : new ArrayList<>(listed)) {
				if (!page.equals("/")) {
					browser.go(page);
				}
				for (String link : page.equals("/") ? home : links(browser, "main a[href^='/']")) {
					if (DETAIL.matcher(link).matches() && shapes.add(shape(link))) {
						details.add(link);
					}
				}
				if (!page.equals("/") && checkable(page) && checked.add(shape(page))) {
					pages.add(page);
					check(audience, page, first);
				}
			}
			for (String page : details) {
				if (checkable(page) && checked.add(shape(page))) {
					pages.add(page);
					browser.go(page);
					check(audience, page, first);
				}
			}
			assertThat(pages).as("pages of " + audience).hasSizeGreaterThan(1);
			browser.driver().manage().window().setSize(second);
			for (String page : pages) {
				browser.go(page);
				check(audience, page, second);
			}
		}

		/** Runs axe on the page now open (and checks the header on the home page). */
		private void check(String audience, String page, Dimension size) {
			browser.waitFor(driver -> driver.findElement(By.tagName("main")));
			if (page.equals("/")) {
				header(browser, audience, size.getWidth());
			}
			List<String> found = axe.violations(browser.driver());
			if (!found.isEmpty()) {
				violations.put(audience + " " + size.getWidth() + "px " + page, found);
			}
		}

		private static boolean checkable(String page) {
			return !(page.startsWith("/logout") || page.contains("lang=") || page.startsWith("/swagger")
					|| page.contains("/download") || page.endsWith(".csv") || page.endsWith(".json")
					|| page.endsWith(".geojson"));
		}

	}

	/** The header is one line at 1280 px (the menu open, no wrapping) and a menu button below 1200 px. */
	private static void header(Browser browser, String audience, int width) {
		Number height = (Number) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.querySelector('header nav').getBoundingClientRect().height");
		boolean toggler = browser.driver().findElement(By.cssSelector("header .navbar-toggler")).isDisplayed();
		if (width >= 1200) {
			assertThat(height.doubleValue()).as("the header of " + audience + " on one line at " + width + " px")
				.isLessThan(72);
			assertThat(toggler).isFalse();
			int services = browser.driver().findElements(By.cssSelector("header .main-menu > .nav-item:not(.nav-more)")).size();
			if (width < 1400 && services > 5) {
				assertThat(browser.driver().findElement(By.cssSelector("header .nav-more")).isDisplayed())
					.as("services after the fifth under More at " + width + " px").isTrue();
			}
		}
		else {
			assertThat(toggler).as("the menu button of " + audience + " at " + width + " px").isTrue();
		}
	}

	private static List<String> links(Browser browser, String css) {
		List<String> links = new ArrayList<>();
		for (WebElement link : browser.driver().findElements(By.cssSelector(css))) {
			String href = link.getDomAttribute("href");
			if (href != null && !href.startsWith("//")) {
				links.add(href.contains("#") ? href.substring(0, href.indexOf('#')) : href);
			}
		}
		return links.stream().filter(href -> !href.isEmpty()).distinct().toList();
	}

	private static String shape(String path) {
		return ID.matcher(path.contains("?") ? path.substring(0, path.indexOf('?')) : path).replaceAll("{id}");
	}

}
