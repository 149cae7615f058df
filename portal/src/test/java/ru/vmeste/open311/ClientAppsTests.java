package ru.vmeste.open311;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ru.vmeste.identity.internal.Users;
import ru.vmeste.reports.Reporting;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Administrators register client apps and revoke their keys; keys are shown once and kept only
 * hashed; the developers' page is public and linked from every page's footer.
 */
@PortalTest
class ClientAppsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ClientApps apps;

	@Test
	void onlyAdministratorsSeeAndChangeTheClientApps() {
		assertThat(mvc.get().uri("/admin/open311")).hasStatus(HttpStatus.FOUND);
		for (String account : new String[] { DemoAccounts.RESIDENT, DemoAccounts.MODERATOR, DemoAccounts.OFFICIAL }) {
			assertThat(mvc.get().uri("/admin/open311").with(SignedIn.as(users, account))).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(mvc.post().uri("/admin/open311").with(csrf()).with(SignedIn.as(users, account))
				.param("name", "Sneaky").param("contact", "x").param("rateLimit", "5")).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(mvc.get().uri("/admin/open311").with(SignedIn.as(users, DemoAccounts.ADMIN))).hasStatusOk()
			.bodyText()
			.contains("Demo client (FixMyStreet-style)", "demo-sec…")
			.doesNotContain(Open311Calls.DEMO_KEY);
	}

	@Test
	void anAdministratorRegistersAnAppWhoseKeyIsShownOnceAndKeptHashedThenRevokesIt() {
		MvcTestResult registered = mvc.post().uri("/admin/open311").with(csrf()).with(SignedIn.as(users, DemoAccounts.ADMIN))
			.param("name", "Городское приложение").param("contact", "dev@city.example").param("rateLimit", "30")
			.exchange();
		assertThat(registered).hasStatus(HttpStatus.FOUND);
		String key = (String) registered.getMvcResult().getFlashMap().get("registeredKey");
		assertThat(key).startsWith("o311-").hasSizeGreaterThan(30);
		assertThat(jdbc.sql("select count(*) from open311_clients where key_hash = ? or key_hint = ?").params(key, key)
			.query(Long.class).single()).isZero();
		assertThat(new Open311Calls(mvc).get("requests.json", "api_key", key)).hasStatusOk();

		ClientApp app = apps.byKey(key).orElseThrow();
		assertThat(app.name()).isEqualTo("Городское приложение");
		assertThat(mvc.post().uri("/admin/open311/{id}/revoke", app.id().value()).with(csrf())
			.with(SignedIn.as(users, DemoAccounts.ADMIN))).hasStatus(HttpStatus.FOUND);
		assertThat(apps.byKey(key)).isEmpty();
		Open311ErrorsTests.assertError(new Open311Calls(mvc).get("requests.json", "api_key", key), "json", 403);
	}

	@Test
	void aFormWithoutANameIsShownAgainWithItsError() {
		assertThat(mvc.post().uri("/admin/open311").with(csrf()).with(SignedIn.as(users, DemoAccounts.ADMIN))
			.param("name", "").param("contact", "dev@city.example").param("rateLimit", "0")).hasStatusOk()
			.bodyText()
			.contains("is-invalid");
	}

	@Test
	void theDevelopersPageIsPublicAndLinkedFromTheFooter() {
		assertThat(mvc.get().uri("/developers")).hasStatusOk().bodyText()
			.contains("/open311/v2", "servicerequestupdates", Open311Calls.DEMO_KEY, "/v3/api-docs");
		assertThat(mvc.get().uri("/developers?lang=en")).hasStatusOk().bodyText()
			.contains("Keys and limits");
		assertThat(Reporting.body(mvc.get().uri("/").exchange())).contains("href=\"/developers\"");
	}

}
