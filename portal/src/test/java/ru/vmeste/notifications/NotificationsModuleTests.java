package ru.vmeste.notifications;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import ru.vmeste.identity.EmailConfirmationRequested;
import ru.vmeste.identity.Residents;
import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.MemberRole;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.support.TestMailServer;
import ru.vmeste.works.WorkFlagged;
import ru.vmeste.works.WorkId;
import ru.vmeste.works.WorkRatingDeclined;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notifications module turns other modules' events into mails in the recipient's language:
 * identity's confirmation link, and works' low ratings (to the customer's heads) and declined
 * ratings (to their authors).
 */
// reports' nested modules fill the ports of its core; a module test bootstrapping reports includes them
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "reports.routing",
		"reports.workflow", "reports.workspace", "reports.feedback" })
class NotificationsModuleTests {

	@Autowired
	Residents residents;

	@Autowired
	ru.vmeste.identity.internal.Accounts accounts;

	@Autowired
	Organizations organizations;

	@Test
	void mailsTheConfirmationLinkInTheResidentsLanguage(Scenario scenario) {
		String email = "mail-" + System.nanoTime() + "@example.org";
		UserId resident = accounts.register(email, "a-long-password", "Mail Test", Locale.ENGLISH, "https://x.example");
		scenario.publish(new EmailConfirmationRequested(resident, "https://x.example/account/confirm?token=abc"))
			.andWaitForStateChange(
					() -> TestMailServer.messagesTo(email).stream().filter(NotificationsModuleTests::hasTestLink).findFirst(),
					Optional::isPresent)
			.andVerify(mail -> {
				assertThat(subject(mail.orElseThrow())).isEqualTo("Confirm your e-mail for Vmeste");
				assertThat(body(mail.orElseThrow())).contains("Hello, Mail Test!");
			});
		assertThat(residents.findByEmail(email)).contains(resident);
	}

	@Test
	void tellsTheCustomersHeadsOfWorksResidentsRateLow(Scenario scenario) {
		// the demo official heads the road company
		String email = "official@demo.vmeste";
		OrganizationId roads = organizations.byCode("perm-roads").orElseThrow().id();
		assertThat(organizations.membersOf(roads)).anyMatch(member -> member.role() == MemberRole.HEAD
				&& member.official().equals(residents.findByEmail(email).orElseThrow()));
		String title = "Ремонт тротуара " + System.nanoTime();
		WorkId work = new WorkId(UUID.randomUUID());
		scenario.publish(new WorkFlagged(work, 4242, title, roads, 2.3, 4, Instant.now()))
			.andWaitForStateChange(() -> mailAbout(email, title), Optional::isPresent)
			.andVerify(mail -> {
				assertThat(body(mail.orElseThrow())).contains("/manage/works/" + work);
				// each kind of mail says in its subject what it is about
				assertThat(subject(mail.orElseThrow())).isIn("Жители низко оценивают работы «" + title + "»",
						"Residents rate the works \"" + title + "\" low");
			});
	}

	@Test
	void tellsTheAuthorWhyTheirRatingOfWorksWasDeclined(Scenario scenario) {
		String email = "rating-" + System.nanoTime() + "@example.org";
		UserId author = accounts.register(email, "a-long-password", "Rating Author", Locale.of("ru"), "https://x.example");
		String title = "Благоустройство сквера " + System.nanoTime();
		WorkId work = new WorkId(UUID.randomUUID());
		scenario.publish(new WorkRatingDeclined(work, title, author, "Оценка не о работах", Instant.now()))
			.andWaitForStateChange(() -> mailAbout(email, title), Optional::isPresent)
			.andVerify(mail -> {
				assertThat(body(mail.orElseThrow())).contains("Оценка не о работах", "/works/" + work);
				assertThat(subject(mail.orElseThrow())).isEqualTo("Ваша оценка работ «" + title + "» не опубликована");
			});
	}

	private static Optional<MimeMessage> mailAbout(String email, String title) {
		return TestMailServer.messagesTo(email).stream().filter(mail -> body(mail).contains(title)).findFirst();
	}

	private static boolean hasTestLink(MimeMessage mail) {
		return body(mail).contains("https://x.example/account/confirm?token=abc");
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String body(MimeMessage mail) {
		try {
			return String.valueOf(mail.getContent());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
