package ru.vmeste.reports;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.identity.internal.Users;
import ru.vmeste.organizations.MemberRole;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.organizations.internal.OrganizationAdministration;
import ru.vmeste.reports.Officials.Official;
import ru.vmeste.reports.workflow.Escalation;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.TestClock;
import ru.vmeste.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Escalation goes by the clock, which the test moves instead of waiting: the executor is
 * reminded once most of the working days are gone, the organization's heads are told once the
 * deadline has passed, and each only once.
 */
@PortalTest
class EscalationTests {

	static final String REMINDER = "Скоро срок ответа на обращение № ";

	static final String OVERDUE = "Просрочено обращение № ";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Topics topics;

	@Autowired
	Users users;

	@Autowired
	OrganizationAdministration administration;

	@Autowired
	Organizations organizations;

	@Autowired
	Escalation escalation;

	@Autowired
	TestClock clock;

	Workspace workspace;

	Official head;

	Official executor;

	String appeal;

	LocalDate deadline;

	@BeforeEach
	void assignAPothole() {
		workspace = new Workspace(mvc);
		Officials officials = new Officials(mvc, users, administration, organizations);
		head = officials.of("perm-roads", MemberRole.HEAD);
		executor = officials.of("perm-roads", MemberRole.EXECUTOR);
		appeal = Reporting.published(mvc, DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT),
				DemoAccounts.bearer(mvc, DemoAccounts.MODERATOR), Reporting.topicId(topics, "pothole"),
				Reporting.somewhereInTheCentre(), "Яма на съезде с моста");
		assertThat(workspace.assign(head.bearer(), appeal, executor.id().value())).hasStatus(HttpStatus.NO_CONTENT);
		deadline = LocalDate.parse(JsonPath.read(Reporting.body(mvc.get().uri("/api/v1/appeals/{id}", appeal).exchange()),
				"$.deadline"));
	}

	@AfterEach
	void backToNow() {
		clock.reset();
	}

	@Test
	void remindsTheExecutorNearTheDeadlineAndTellsTheHeadsWhenItHasPassed() {
		escalation.run();
		assertThat(changes()).doesNotContain("REMINDED", "OVERDUE");

		moveTo(deadline);
		escalation.run();
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> mailsAbout(executor.email(), REMINDER) == 1);
		assertThat(changes()).contains("REMINDED").doesNotContain("OVERDUE");
		assertThat(mailsAbout(head.email(), REMINDER) + mailsAbout(head.email(), OVERDUE)).isZero();

		moveTo(deadline.plusDays(1));
		escalation.run();
		escalation.run();
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> mailsAbout(head.email(), OVERDUE) == 1);
		assertThat(changes()).containsOnlyOnce("REMINDED", "OVERDUE");
		assertThat(mailsAbout(executor.email(), REMINDER)).isEqualTo(1);
		assertThat(mailsAbout(executor.email(), OVERDUE)).isZero();
		assertThat(workspace.inbox(head.bearer(), "OVERDUE")).bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.contains(appeal);
	}

	/** Moves the test clock to noon of the day in the region's zone. */
	private void moveTo(LocalDate day) {
		clock.reset();
		clock.advance(Duration.between(clock.instant(), day.atTime(LocalTime.NOON).atZone(clock.getZone()).toInstant()));
	}

	private List<String> changes() {
		return JsonPath.read(Reporting.body(workspace.staffView(head.bearer(), appeal)), "$.history[*].change");
	}

	/** How many mails of the kind (by its subject, new accounts read Russian) link the address to this appeal. */
	private long mailsAbout(String email, String subject) {
		return TestMailServer.messagesTo(email).stream()
			.filter(mail -> subject(mail).startsWith(subject) && body(mail).contains("/inbox/appeals/" + appeal))
			.count();
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
