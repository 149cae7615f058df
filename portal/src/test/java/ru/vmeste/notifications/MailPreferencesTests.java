package ru.vmeste.notifications;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.UserId;
import ru.vmeste.identity.internal.UserAccount;
import ru.vmeste.identity.internal.Users;
import ru.vmeste.notifications.internal.CapturedMails;
import ru.vmeste.notifications.internal.Digests;
import ru.vmeste.notifications.internal.MailPreferences;
import ru.vmeste.notifications.internal.Mailer;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.SignedIn;
import ru.vmeste.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Mail that does not flood: a person chooses per kind of mail how it comes; thirty mails of a day
 * chosen "daily" make one digest listing all thirty; every mail that is not essential carries a
 * one-click unsubscribe link (RFC 8058) that a mail client may POST without a session or CSRF
 * token, which a browser's GET only asks about; the settings are the signed-in person's own.
 */
@PortalTest
class MailPreferencesTests {

	private static final Pattern UNSUBSCRIBE = Pattern.compile("<https?://[^/>]+(/unsubscribe/[A-Za-z0-9_-]+)>");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Mailer mailer;

	@Autowired
	CapturedMails captured;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Digests digests;

	@Autowired
	MailPreferences preferences;

	@Autowired
	Users users;

	@Test
	void thirtyMailsOfADayMakeOneDailyDigestListingAllThirty() throws Exception {
		String email = DemoAccounts.uniqueEmail();
		String bearer = DemoAccounts.newResident(mvc, email);
		assertThat(mvc.put()
			.uri("/api/v1/me/notifications")
			.header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"modes\":{\"APPEALS\":\"DAILY\"}}")).hasStatusOk().bodyJson().extractingPath("$.modes.APPEALS")
			.isEqualTo("DAILY");
		UserId user = users.byEmail(email).orElseThrow().id();
		int before = TestMailServer.messagesTo(email).size();

		IntStream.rangeClosed(1, 30).forEach(i -> mailer.send(user, "appeal-status",
				Map.of("status", "PUBLISHED", "number", 900_000L + i, "link", "http://localhost/appeals/" + i)));
		assertThat(TestMailServer.messagesTo(email)).as("nothing sent before the digest").hasSize(before);

		assertThat(digests.send(MailMode.DAILY)).isPositive();
		List<MimeMessage> mails = TestMailServer.messagesTo(email);
		assertThat(mails).hasSize(before + 1);
		MimeMessage digest = mails.getLast();
		assertThat(digest.getSubject()).contains("30");
		String body = String.valueOf(digest.getContent());
		IntStream.rangeClosed(1, 30).forEach(i -> assertThat(body).contains("№ " + (900_000L + i) + ")"));
		assertThat(digest.getHeader("List-Unsubscribe")).isNotNull();

		digests.send(MailMode.DAILY);
		assertThat(TestMailServer.messagesTo(email)).as("each mail in one digest only").hasSize(before + 1);
	}

	@Test
	void everyMailThatIsNotEssentialUnsubscribesInOneClick() throws Exception {
		String email = DemoAccounts.uniqueEmail();
		DemoAccounts.newResident(mvc, email);
		MimeMessage confirmation = TestMailServer.messagesTo(email).getFirst();
		assertThat(confirmation.getHeader("List-Unsubscribe")).as("the essential confirmation mail").isNull();
		UserId user = users.byEmail(email).orElseThrow().id();

		mailer.send(user, "appeal-status", Map.of("status", "PUBLISHED", "number", 77L, "link", "http://localhost/appeals/77"));
		MimeMessage update = TestMailServer.messagesTo(email).getLast();
		assertThat(update.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		Matcher link = UNSUBSCRIBE.matcher(update.getHeader("List-Unsubscribe")[0]);
		assertThat(link.find()).isTrue();
		String path = link.group(1);
		assertThat(String.valueOf(update.getContent())).contains(path);

		assertThat(mvc.get().uri(path)).hasStatusOk().bodyText().contains("Отписаться");
		assertThat(preferences.of(user).get(MailKind.APPEALS)).as("a GET changes nothing").isEqualTo(MailMode.IMMEDIATE);
		// as a mail client posts it: no session, no CSRF token
		assertThat(mvc.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("List-Unsubscribe=One-Click")).hasStatusOk();
		assertThat(preferences.of(user).get(MailKind.APPEALS)).isEqualTo(MailMode.OFF);
		assertThat(preferences.of(user).get(MailKind.WORKS)).isEqualTo(MailMode.IMMEDIATE);

		int before = TestMailServer.messagesTo(email).size();
		mailer.send(user, "appeal-status", Map.of("status", "PUBLISHED", "number", 78L, "link", "http://localhost/appeals/78"));
		assertThat(TestMailServer.messagesTo(email)).hasSize(before);

		assertThat(mvc.get().uri("/unsubscribe/not-a-token")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri("/unsubscribe/not-a-token")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void unsubscribeTokensAreFreshPerMailStoredOnlyHashedAndTheCaptureShowsTheHeaders() throws Exception {
		String email = DemoAccounts.uniqueEmail();
		DemoAccounts.newResident(mvc, email);
		UserId user = users.byEmail(email).orElseThrow().id();
		List<String> tokens = worksMailsUnsubscribePaths(user, email, 500).stream()
			.map(path -> path.substring("/unsubscribe/".length()))
			.toList();

		assertThat(tokens.get(0)).as("a fresh token for every mail").isNotEqualTo(tokens.get(1)).hasSizeGreaterThanOrEqualTo(43);
		for (String token : tokens) {
			assertThat(jdbc.sql("select count(*) from notifications_unsubscribe_links where token_hash = ? or kind = ?")
				.params(token, token)
				.query(Integer.class)
				.single()).as("the token itself is not stored").isZero();
			assertThat(jdbc.sql("select count(*) from notifications_unsubscribe_links where token_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex') and user_id = ?")
				.params(token, user.value())
				.query(Integer.class)
				.single()).as("its SHA-256, bound to the person").isOne();
		}

		List<CapturedMails.CapturedMail> mine = captured.latest(PageQuery.of(0, 50))
			.items()
			.stream()
			.filter(mail -> mail.recipient().equals(email))
			.toList();
		assertThat(mine).filteredOn(mail -> mail.headers().isEmpty()).as("only the essential confirmation").hasSize(1);
		assertThat(mine).filteredOn(mail -> !mail.headers().isEmpty())
			.hasSize(2)
			.allSatisfy(mail -> assertThat(mail.headers()).containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
				.hasEntrySatisfying("List-Unsubscribe", value -> assertThat(value).contains("/unsubscribe/")));
		assertThat(mvc.get().uri("/admin/mail").with(SignedIn.as(users, DemoAccounts.ADMIN))).hasStatusOk()
			.bodyText()
			.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
	}

	@Test
	void unsubscribeLinksOlderThanTheyAreKeptAreForgottenAndThenRefused() throws Exception {
		String email = DemoAccounts.uniqueEmail();
		DemoAccounts.newResident(mvc, email);
		UserId user = users.byEmail(email).orElseThrow().id();
		List<String> paths = worksMailsUnsubscribePaths(user, email, 600);
		// the first mail went out 181 days ago (the default keeps links 180 days)
		jdbc.sql("""
				update notifications_unsubscribe_links set created_at = created_at - interval '181 days'
				where token_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')""")
			.param(paths.get(0).substring("/unsubscribe/".length()))
			.update();

		assertThat(preferences.forgetExpiredLinks()).isGreaterThanOrEqualTo(1);

		assertThat(mvc.post().uri(paths.get(0))).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("срок её действия истёк");
		assertThat(mvc.post().uri(paths.get(1))).as("a recent link still works").hasStatusOk();
		assertThat(preferences.of(user)).containsEntry(MailKind.WORKS, MailMode.OFF);
	}

	/** Mails the person two updates of works (numbered after {@code number}); the unsubscribe link of each. */
	private List<String> worksMailsUnsubscribePaths(UserId user, String email, long number) {
		return IntStream.rangeClosed(1, 2).mapToObj(i -> {
			mailer.send(user, "work-status", Map.of("status", "IN_PROGRESS", "title", "Сквер", "number", number + i,
					"link", "http://localhost/works/" + i));
			return unsubscribePath(TestMailServer.messagesTo(email).getLast());
		}).toList();
	}

	private static String unsubscribePath(MimeMessage mail) {
		try {
			Matcher link = UNSUBSCRIBE.matcher(mail.getHeader("List-Unsubscribe")[0]);
			assertThat(link.find()).isTrue();
			return link.group(1);
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void theSettingsAreTheSignedInPersonsOwn() {
		assertThat(mvc.get().uri("/api/v1/me/notifications")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.put().uri("/api/v1/me/notifications").contentType(MediaType.APPLICATION_JSON)
			.content("{\"modes\":{\"APPEALS\":\"OFF\"}}")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.get().uri("/account/notifications")).hasStatus(HttpStatus.FOUND);

		String email = DemoAccounts.uniqueEmail();
		String bearer = DemoAccounts.newResident(mvc, email);
		String other = DemoAccounts.uniqueEmail();
		DemoAccounts.newResident(mvc, other);
		assertThat(mvc.put()
			.uri("/api/v1/me/notifications")
			.header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"modes\":{\"AREA_ALERTS\":\"WEEKLY\",\"IDEAS\":\"OFF\"}}")).hasStatusOk();
		assertThat(preferences.of(users.byEmail(email).orElseThrow().id())).containsEntry(MailKind.AREA_ALERTS, MailMode.WEEKLY)
			.containsEntry(MailKind.IDEAS, MailMode.OFF)
			.containsEntry(MailKind.APPEALS, MailMode.IMMEDIATE);
		assertThat(preferences.of(users.byEmail(other).orElseThrow().id())).containsEntry(MailKind.AREA_ALERTS, MailMode.IMMEDIATE)
			.containsEntry(MailKind.IDEAS, MailMode.IMMEDIATE);
		assertThat(mvc.put()
			.uri("/api/v1/me/notifications")
			.header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"modes\":{\"APPEALS\":\"HOURLY\"}}")).hasStatus(HttpStatus.BAD_REQUEST);

		UserAccount account = users.byEmail(email).orElseThrow();
		PortalUser signedIn = new PortalUser(account.id(), email, account.name(), account.roles(), null);
		assertThat(mvc.get().uri("/account/notifications").with(user(signedIn))).hasStatusOk()
			.bodyText()
			.contains("name=\"AREA_ALERTS\"", "value=\"WEEKLY\"");
		assertThat(mvc.post().uri("/account/notifications").with(csrf()).with(user(signedIn)).param("WORKS", "DAILY"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(preferences.of(users.byEmail(email).orElseThrow().id())).containsEntry(MailKind.WORKS, MailMode.DAILY)
			.containsEntry(MailKind.AREA_ALERTS, MailMode.WEEKLY);
	}

}
