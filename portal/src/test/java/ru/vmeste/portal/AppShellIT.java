package ru.vmeste.portal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.boot.test.web.server.LocalServerPort;

import ru.vmeste.support.Browser;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.Network;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lighthouse's installability and offline audits in Chromium: the manifest the page links is
 * valid and its icons load at their sizes; the service worker is registered and controls the
 * page; with the network off a public page read before comes from the phone, any other page is
 * the offline page, and a signed-in person's pages are never kept.
 */
@PortalTest
class AppShellIT {

	@LocalServerPort
	int port;

	@Test
	void installableAndUsefulOffline() {
		try (Browser browser = Browser.open(port, 390, 844)) {
			JavascriptExecutor js = (JavascriptExecutor) browser.driver();
			browser.go("/works");
			waitForControl(browser);
			@SuppressWarnings("unchecked")
			Map<String, Object> manifest = (Map<String, Object>) js.executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					fetch(document.querySelector('link[rel=manifest]').href).then(r => r.json()).then(done);
					""");
			assertThat(manifest).containsEntry("display", "standalone").containsKeys("name", "short_name", "start_url", "icons");
			@SuppressWarnings("unchecked")
			List<String> icons = (List<String>) js.executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					const manifest = arguments[0];
					Promise.all(manifest.icons.map(icon => new Promise(resolve => {
					  const image = new Image();
					  image.onload = () => resolve(icon.sizes + '=' + image.naturalWidth + 'x' + image.naturalHeight);
					  image.onerror = () => resolve(icon.sizes + '=broken');
					  image.src = icon.src;
					}))).then(done);
					""", manifest);
			assertThat(icons).contains("192x192=192x192", "512x512=512x512").doesNotContain("512x512=broken");
			String worksTitle = browser.text(By.tagName("h1"));

			Network.offline(browser);
			browser.go("/works");
			assertThat(browser.text(By.tagName("h1"))).as("a public page read before").isEqualTo(worksTitle);
			browser.go("/votes");
			assertThat(browser.text(By.tagName("h1"))).as("a page never read").isEqualTo("Нет подключения");
			Network.online(browser);

			browser.signIn(DemoAccounts.RESIDENT);
			browser.go("/account/profile");
			browser.go("/appeals");
			assertThat(browser.pageSource()).contains("Анна");
			Network.offline(browser);
			browser.go("/account/profile");
			assertThat(browser.text(By.tagName("h1"))).as("personal pages are never kept").isEqualTo("Нет подключения");
			browser.go("/appeals");
			assertThat(browser.pageSource()).as("a public page as the signed-in resident saw it is not kept either")
				.doesNotContain("Анна");
			Network.online(browser);
		}
	}

	private static void waitForControl(Browser browser) {
		browser.waitFor(driver -> "registered".equals(driver.findElement(By.tagName("html")).getDomAttribute("data-service-worker")));
		// the worker controls pages loaded after it activated
		browser.waitFor(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				navigator.serviceWorker.ready.then(() => done(true));
				""")));
		browser.driver().navigate().refresh();
		browser.waitFor(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
			.executeScript("return navigator.serviceWorker.controller !== null")));
	}

}
