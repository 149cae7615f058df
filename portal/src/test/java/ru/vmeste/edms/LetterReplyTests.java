package ru.vmeste.edms;

import java.net.URI;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.organizations.DeliveryChannel;
import ru.vmeste.organizations.DeliveryChannels;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.OrganizationKind;
import ru.vmeste.organizations.internal.OrganizationAdministration;
import ru.vmeste.reports.Reporting;
import ru.vmeste.reports.Topics;
import ru.vmeste.reports.Workspace;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * An organization on the e-mail channel answers through the link in its letter, without an
 * account: the answer goes through the normal answer flow, and the link works once.
 */
@PortalTest
class LetterReplyTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Topics topics;

	@Autowired
	OrganizationAdministration administration;

	@Autowired
	DeliveryChannels channels;

	@Test
	void theOrganizationAnswersThroughItsLettersLinkOnceAndTheAuthorMayRateIt() {
		String email = DemoAccounts.uniqueEmail();
		OrganizationId byEmail = administration.create(new Organization(new OrganizationId(UUID.randomUUID()),
				"mail-" + UUID.randomUUID().toString().substring(0, 8), new LocalizedText("ТСЖ «Дом у парка»", "Park house HOA"),
				OrganizationKind.HOUSING_COMPANY, null, null, new Organization.Contacts("", email, "", "")));
		channels.choose(byEmail, DeliveryChannel.EMAIL);
		String resident = DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT);
		String appeal = Reporting.published(mvc, resident, DemoAccounts.bearer(mvc, DemoAccounts.MODERATOR),
				Reporting.topicId(topics, "pothole"), Reporting.somewhereInTheCentre(), "Яма во дворе у третьего подъезда");
		assertThat(new Workspace(mvc).post(DemoAccounts.bearer(mvc, DemoAccounts.OFFICIAL), appeal, "reroute",
				"{\"organizationId\":\"" + byEmail + "\",\"reason\":\"Двор обслуживает ТСЖ\"}").getResponse().getStatus())
			.isLessThan(300);

		String reply = URI.create(TestMailServer.linkInMailTo(email)).getPath();
		assertThat(reply).startsWith("/letters/");
		assertThat(mvc.get().uri(reply)).hasStatusOk().bodyText().contains("Яма во дворе у третьего подъезда");
		// as the page's form sends it: multipart, with a file, by someone without an account
		assertThat(mvc.post().uri(reply).multipart().file(new MockMultipartFile("files", "", "application/octet-stream", new byte[0]))
			.with(csrf()).param("text", "Яму во дворе засыпали щебнем 5 марта."))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/appeals/" + appeal);

		assertThat(mvc.get().uri("/api/v1/appeals/{id}", appeal)).bodyJson().satisfies(json -> {
			json.assertThat().extractingPath("$.status").isEqualTo("ANSWERED");
			json.assertThat().extractingPath("$.answer.text").isEqualTo("Яму во дворе засыпали щебнем 5 марта.");
		});
		assertThat(mvc.get().uri(reply)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri(reply).with(csrf()).param("text", "Ещё раз")).hasStatus(HttpStatus.NOT_FOUND);
		// an upload with a spent link is refused before its body is read, as any upload without an account
		assertThat(mvc.post().uri(reply).multipart().with(csrf()).param("text", "Ещё раз")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
		assertThat(new Workspace(mvc).rate(resident, appeal, 5, true, "Спасибо").getResponse().getStatus()).isEqualTo(201);
	}

	@Test
	void aLinkNobodyWasSentOpensNothing() {
		assertThat(mvc.get().uri("/letters/{token}", "not-a-token")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri("/letters/{token}", "not-a-token").with(csrf()).param("text", "Ответ"))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

}
