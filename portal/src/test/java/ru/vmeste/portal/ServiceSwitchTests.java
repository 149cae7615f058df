package ru.vmeste.portal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.shared.PortalService;
import ru.vmeste.support.PortalTest;
import ru.vmeste.territory.internal.ServiceSwitches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A region switches a service off: it disappears from the home page and its API answers 404.
 */
@PortalTest
class ServiceSwitchTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ServiceSwitches switches;

	@AfterEach
	void switchEverythingBackOn() {
		for (PortalService service : PortalService.values()) {
			switches.set(service, true);
		}
	}

	@Test
	void aSwitchedOffServiceAnswers404AndLeavesTheHomePage() {
		assertThat(mvc.get().uri("/api/v1/topics")).hasStatusOk();
		assertThat(mvc.get().uri("/")).bodyText().contains("Сообщить");

		switches.set(PortalService.INFORM, false);

		assertThat(mvc.get().uri("/api/v1/topics")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Этот сервис отключён в вашем регионе.");
		assertThat(mvc.get().uri("/")).bodyText().doesNotContain("Сообщить");
		assertThat(mvc.get().uri("/api/v1/regions")).bodyJson().extractingPath("$[0].modules").asArray()
			.doesNotContain("INFORM");
	}

	@Test
	void onlyAdministratorsSwitchServices() {
		assertThat(mvc.post().uri("/admin/services").with(csrf()).with(user("r").roles("RESIDENT")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post()
			.uri("/admin/services")
			.with(csrf())
			.with(user("a").roles("ADMIN"))
			.param("enabled", "INFORM", "FIND_OUT", "VOTE", "OPEN_DATA")).hasStatus(HttpStatus.FOUND);
		assertThat(mvc.get().uri("/api/v1/regions")).bodyJson().extractingPath("$[0].modules").asArray()
			.doesNotContain("SUGGEST")
			.contains("INFORM");
	}

}
