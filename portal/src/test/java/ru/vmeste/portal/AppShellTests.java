package ru.vmeste.portal;

import java.nio.ByteBuffer;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ru.vmeste.identity.internal.Users;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What makes the portal installable, checked as Lighthouse's installability audit does: a valid
 * manifest with 192 and 512 px icons (one maskable), a start URL in scope, standalone display and
 * the two shortcuts; a service worker served from the root; an offline page; and only pages a
 * visitor sees marked for keeping offline.
 */
@PortalTest
class AppShellTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Users users;

	@Test
	void theManifestMakesThePortalInstallable() {
		MvcTestResult manifest = mvc.get().uri("/manifest.webmanifest").exchange();
		assertThat(manifest).hasStatusOk().hasContentTypeCompatibleWith("application/manifest+json");
		assertThat(manifest).bodyJson().extractingPath("$.name").isEqualTo("Вместе");
		assertThat(manifest).bodyJson().extractingPath("$.display").isEqualTo("standalone");
		assertThat(manifest).bodyJson().extractingPath("$.start_url").asString().startsWith("/");
		assertThat(manifest).bodyJson().extractingPath("$.scope").isEqualTo("/");
		assertThat(manifest).bodyJson().extractingPath("$.theme_color").isEqualTo("#1f5fa8");
		assertThat(manifest).bodyJson().extractingPath("$.icons[*].sizes").asArray().contains("192x192", "512x512");
		assertThat(manifest).bodyJson().extractingPath("$.icons[?(@.purpose == 'maskable')].sizes").asArray()
			.containsExactly("512x512");
		assertThat(manifest).bodyJson().extractingPath("$.shortcuts[*].url").asArray()
			.containsExactly("/appeals/new", "/appeals/mine");
		assertThat(mvc.get().uri("/manifest.webmanifest?lang=en")).bodyJson().extractingPath("$.shortcuts[0].name")
			.isEqualTo("Report a problem");
		for (String icon : new String[] { "/img/icon-192.png:192", "/img/icon-512.png:512", "/img/icon-maskable-512.png:512" }) {
			String[] parts = icon.split(":");
			MvcTestResult image = mvc.get().uri(parts[0]).exchange();
			assertThat(image).hasStatusOk().hasContentType(MediaType.IMAGE_PNG);
			ByteBuffer png = ByteBuffer.wrap(image.getResponse().getContentAsByteArray());
			assertThat(png.getInt(16)).as("width of " + parts[0]).isEqualTo(Integer.parseInt(parts[1]));
			assertThat(png.getInt(20)).as("height of " + parts[0]).isEqualTo(Integer.parseInt(parts[1]));
		}
	}

	@Test
	void everyPageLinksTheManifestAndTheServiceWorkerComesFromTheRoot() {
		assertThat(mvc.get().uri("/")).bodyText().contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">",
				"name=\"theme-color\"", "/js/app.js");
		MvcTestResult worker = mvc.get().uri("/sw.js").exchange();
		assertThat(worker).hasStatusOk().hasContentTypeCompatibleWith("text/javascript");
		assertThat(worker.getResponse().getHeader("Cache-Control")).contains("no-cache");
		assertThat(worker).bodyText().contains("caches", "'/offline'", "Vmeste-Offline", "addEventListener('fetch'");
		assertThat(mvc.get().uri("/offline")).hasStatusOk().bodyText().contains("lang=\"ru\"", "Нет подключения");
		assertThat(mvc.get().uri("/accessibility?lang=en")).hasStatusOk().bodyText().contains("WCAG", "lang=\"en\"");
	}

	@Test
	void onlyWhatAVisitorSeesIsMarkedForKeepingOffline() {
		assertThat(mvc.get().uri("/appeals").exchange().getResponse().getHeader("Vmeste-Offline")).isEqualTo("public");
		assertThat(mvc.get().uri("/login").exchange().getResponse().getHeader("Vmeste-Offline")).isNull();
		assertThat(mvc.get().uri("/appeals").with(SignedIn.as(users, DemoAccounts.RESIDENT)).exchange().getResponse()
			.getHeader("Vmeste-Offline")).isNull();
		assertThat(mvc.get().uri("/account/profile").with(SignedIn.as(users, DemoAccounts.RESIDENT)).exchange()
			.getResponse()
			.getHeader("Vmeste-Offline")).isNull();
		assertThat(mvc.get().uri("/moderation").with(SignedIn.as(users, DemoAccounts.MODERATOR)).exchange()
			.getResponse()
			.getHeader("Vmeste-Offline")).isNull();
	}

}
