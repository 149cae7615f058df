package ru.vmeste.reports;

import java.io.IOException;
import java.time.Duration;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.vmeste.identity.internal.Users;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.SignedIn;
import ru.vmeste.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * "Tell me about new appeals within 500 m of my home": a subscriber hears about an appeal
 * published nearby, not about one across the city.
 */
@PortalTest
class AreaSubscriptionTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Topics topics;

	@Autowired
	Users users;

	@Test
	void aSubscriberHearsAboutNewAppealsNearbyOnly() {
		String email = DemoAccounts.uniqueEmail();
		DemoAccounts.newResident(mvc, email);
		RequestPostProcessor subscriber = SignedIn.as(users, email);
		GeoPoint home = new GeoPoint(57.9801, 56.1903);
		assertThat(mvc.post().uri("/appeals/subscriptions").with(subscriber).with(csrf())
			.param("lat", String.valueOf(home.lat())).param("lon", String.valueOf(home.lon())).param("radius", "500"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(mvc.get().uri("/appeals/subscriptions").with(subscriber)).bodyText().contains("500 м");

		String resident = DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT);
		String moderator = DemoAccounts.bearer(mvc, DemoAccounts.MODERATOR);
		String pothole = Reporting.topicId(topics, "pothole");
		String far = Reporting.report(mvc, resident, pothole, new GeoPoint(home.lat() + 0.03, home.lon()), "Яма далеко от дома");
		Reporting.decide(mvc, moderator, far, "{\"decision\":\"PUBLISH\"}");
		String near = Reporting.report(mvc, resident, pothole, new GeoPoint(home.lat() + 0.002, home.lon()), "Яма у дома");
		Reporting.decide(mvc, moderator, near, "{\"decision\":\"PUBLISH\"}");

		String mail = Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> TestMailServer.messagesTo(email)
				.stream()
				.filter(message -> subject(message).startsWith("Новое обращение рядом"))
				.toList(), mails -> !mails.isEmpty())
			.stream()
			.map(AreaSubscriptionTests::content)
			.reduce("", String::concat);
		assertThat(mail).contains("/appeals/" + near).doesNotContain(far);
		Reporting.awaitStatus(mvc, resident, far, AppealStatus.ROUTED);
	}

	@Test
	void refusesARadiusOverTwoKilometresAndAnonymousVisitors() {
		RequestPostProcessor resident = SignedIn.as(users, DemoAccounts.RESIDENT);
		assertThat(mvc.post().uri("/appeals/subscriptions").with(resident).with(csrf()).param("lat", "58.0")
			.param("lon", "56.2").param("radius", "50000")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Радиус — от 50 до 2000 м.");
		assertThat(mvc.get().uri("/appeals/subscriptions")).hasStatus(HttpStatus.FOUND);
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String content(MimeMessage message) {
		try {
			return String.valueOf(message.getContent());
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
