package ru.vmeste.identity;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.boot.test.web.server.LocalServerPort;

import ru.vmeste.support.Browser;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer registers, confirms the e-mail from the link in the mail, signs in, lands on the
 * home page in Russian and switches to English.
 */
@PortalTest
class RegistrationJourneyIT {

	@LocalServerPort
	int port;

	@Test
	void newcomerRegistersConfirmsSignsInAndSwitchesToEnglish() {
		String email = DemoAccounts.uniqueEmail();
		try (Browser browser = Browser.open(port)) {
			browser.go("/account/register")
				.type(By.id("name"), "Ольга Новикова")
				.type(By.id("email"), email)
				.type(By.id("password"), "a-long-password")
				.click(By.cssSelector("main form input[type=checkbox][name=consent]"))
				.click(By.cssSelector("main form button[type=submit]"));
			browser.waitFor(driver -> driver.getCurrentUrl().endsWith("/account/registered"));

			browser.go(TestMailServer.linkInMailTo(email));
			assertThat(browser.text(By.tagName("h1"))).isEqualTo("Почта подтверждена");

			browser.signIn(email, "a-long-password");
			assertThat(browser.currentPath()).as("where signing in leads").isEqualTo("/");
			assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
			assertThat(browser.text(By.tagName("h1"))).isEqualTo("Жители и город — вместе");
			assertThat(browser.text(By.id("user-menu"))).contains("Ольга Новикова");

			browser.click(By.cssSelector("a.lang-switch[lang=en]"));
			browser.waitFor(driver -> "en".equals(browser.find(By.tagName("html")).getAttribute("lang")));
			assertThat(browser.text(By.tagName("h1"))).isEqualTo("Residents and the city, together");

			browser.go("/account/profile");
			assertThat(browser.pageSource()).contains("E-mail confirmed");
		}
	}

}
