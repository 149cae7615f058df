package ru.vmeste.edms;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.identity.internal.Users;
import ru.vmeste.organizations.DeliveryChannel;
import ru.vmeste.organizations.DeliveryChannels;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Who may call the EDMS endpoints: administrators the operator page, its actions and the
 * status; nobody but the EDMS (by its signature) the webhook; administrators the choice of an
 * organization's delivery channel. The shared test portal has no EDMS configured, which the
 * operator page and the status say.
 */
@PortalTest
class EdmsAccessTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Users users;

	@Autowired
	Organizations organizations;

	@Autowired
	DeliveryChannels channels;

	@Test
	void theStatusIsForAdministrators() {
		assertThat(mvc.get().uri("/api/v1/edms/status")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.get().uri("/api/v1/edms/status").header("Authorization", DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/api/v1/edms/status").header("Authorization", DemoAccounts.bearer(mvc, DemoAccounts.OFFICIAL)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/api/v1/edms/status").header("Authorization", DemoAccounts.bearer(mvc, DemoAccounts.ADMIN)))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.configured", value -> assertThat(value).isEqualTo(false))
			.hasPathSatisfying("$.pending", value -> assertThat(value).isNotNull())
			.hasPathSatisfying("$.delivered", value -> assertThat(value).isNotNull())
			.hasPathSatisfying("$.failed", value -> assertThat(value).isNotNull());
	}

	@Test
	void theOperatorPageAndItsActionsAreForAdministrators() {
		assertThat(mvc.get().uri("/admin/edms")).hasStatus(HttpStatus.FOUND).redirectedUrl().contains("/login");
		assertThat(mvc.get().uri("/admin/edms").with(SignedIn.as(users, DemoAccounts.RESIDENT))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/admin/edms/sync").with(csrf()).with(SignedIn.as(users, DemoAccounts.OFFICIAL)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/admin/edms/retry-dead").with(csrf()).with(SignedIn.as(users, DemoAccounts.RESIDENT)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/admin/edms").with(SignedIn.as(users, DemoAccounts.ADMIN)))
			.hasStatusOk()
			.bodyText()
			.contains("vmeste.edms.base-url");
		assertThat(mvc.get().uri("/admin/edms?state=DEAD").with(SignedIn.as(users, DemoAccounts.ADMIN))).hasStatusOk();
		assertThat(mvc.get().uri("/admin/edms/appeals/{id}", UUID.randomUUID()).with(SignedIn.as(users, DemoAccounts.ADMIN)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri("/admin/edms/messages/{id}/retry", UUID.randomUUID()).with(csrf())
			.with(SignedIn.as(users, DemoAccounts.RESIDENT))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/admin/edms/messages/{id}/retry", UUID.randomUUID()).with(csrf())
			.with(SignedIn.as(users, DemoAccounts.ADMIN))).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("notice", "edms.retry.not-dead");
	}

	@Test
	void theWebhookTakesNothingWithoutTheEdmsSignature() {
		assertThat(mvc.post().uri("/api/v1/edms/webhook").contentType(MediaType.APPLICATION_JSON).content("{\"changes\":[]}"))
			.hasStatus(HttpStatus.UNAUTHORIZED)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(mvc.post().uri("/api/v1/edms/webhook").contentType(MediaType.APPLICATION_JSON)
			.header("X-Vmeste-Timestamp", "1772442000")
			.header("X-Vmeste-Signature", "v1=" + "0".repeat(64))
			.content("{\"changes\":[]}")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void onlyAdministratorsChooseAnOrganizationsDeliveryChannel() {
		Organization organization = organizations.all().getLast();
		String path = "/admin/organizations/" + organization.id() + "/channel";
		assertThat(mvc.post().uri(path).param("channel", "EMAIL").with(csrf()).with(SignedIn.as(users, DemoAccounts.OFFICIAL)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(channels.of(organization.id())).isEqualTo(DeliveryChannel.PORTAL);

		try {
			assertThat(mvc.post().uri(path).param("channel", "EMAIL").with(csrf()).with(SignedIn.as(users, DemoAccounts.ADMIN)))
				.hasStatus(HttpStatus.FOUND);
			assertThat(channels.of(organization.id())).isEqualTo(DeliveryChannel.EMAIL);
			assertThat(mvc.get().uri("/admin/organizations/" + organization.id()).with(SignedIn.as(users, DemoAccounts.ADMIN)))
				.hasStatusOk()
				.bodyText()
				.contains("channel-EMAIL");
		}
		finally {
			channels.choose(organization.id(), DeliveryChannel.PORTAL);
		}
	}

}
