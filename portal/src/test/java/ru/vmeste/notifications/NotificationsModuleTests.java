package ru.vmeste.notifications;

import java.util.Locale;
import java.util.Optional;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import ru.vmeste.identity.EmailConfirmationRequested;
import ru.vmeste.identity.Residents;
import ru.vmeste.identity.UserId;
import ru.vmeste.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notifications module turns identity's events into mails in the recipient's language.
 */
// reports' nested modules fill the ports of its core; a module test bootstrapping reports includes them
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "reports.routing",
		"reports.workflow", "reports.workspace", "reports.feedback" })
class NotificationsModuleTests {

	@Autowired
	Residents residents;

	@Autowired
	ru.vmeste.identity.internal.Accounts accounts;

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
