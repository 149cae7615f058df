package ru.vmeste.edms.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.vmeste.organizations.DeliveryChannel;
import ru.vmeste.organizations.DeliveryChannels;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.OrganizationKind;
import ru.vmeste.organizations.internal.OrganizationAdministration;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.Appeals;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organization on the e-mail channel gets each appeal routed to it as a letter with a reply link.
 */
@PortalTest
class OrganizationLettersTests {

	@Autowired
	OrganizationAdministration administration;

	@Autowired
	DeliveryChannels channels;

	@Autowired
	Delivery delivery;

	@Autowired
	Appeals appeals;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void clear() {
		jdbc.sql("delete from edms_letters").update();
	}

	@Test
	void anAppealRoutedToAnOrganizationOnTheEmailChannelIsMailedToItWithAReplyLinkOnce() throws Exception {
		String email = DemoAccounts.uniqueEmail();
		OrganizationId organization = administration.create(new Organization(new OrganizationId(UUID.randomUUID()),
				"letters-" + UUID.randomUUID().toString().substring(0, 8), new LocalizedText("Управление благоустройства",
						"Improvement department"), OrganizationKind.DEPARTMENT, null, null,
				new Organization.Contacts("", email, "", "")));
		channels.choose(organization, DeliveryChannel.EMAIL);
		AppealId appeal = EdmsTables.appeals(jdbc, 1).getFirst();
		long number = appeals.find(appeal).orElseThrow().number();
		Instant routedAt = Instant.now();

		delivery.routed(appeal, number, organization, null, LocalDate.now().plusDays(10), routedAt);
		String reply = TestMailServer.linkInMailTo(email);
		delivery.routed(appeal, number, organization, null, LocalDate.now().plusDays(10), routedAt);

		assertThat(reply).contains("/letters/");
		MimeMessage letter = TestMailServer.messagesTo(email).getFirst();
		assertThat(letter.getSubject()).contains("№ " + number);
		assertThat(String.valueOf(letter.getContent())).contains(appeals.find(appeal).orElseThrow().text().substring(0, 10))
			.contains("/appeals/" + appeal);
		assertThat(jdbc.sql("select count(*) from edms_letters where appeal_id = ?").param(appeal.value()).query(Long.class)
			.single()).as("a redelivered routing event writes no second letter").isEqualTo(1);
		assertThat(channels.using(DeliveryChannel.EMAIL)).extracting(Organization::id).contains(organization);
	}

}
