package ru.vmeste.identity;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.SerializationUtils;

import ru.vmeste.identity.internal.Accounts;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Sign-in and sessions (OWASP ASVS L2, chapters 2 and 3): guessing across many accounts from one
 * address is throttled before authentication, and a forged {@code X-Forwarded-For} does not
 * change the address; a password reset and a change of roles end every session and API token;
 * sessions end after their absolute lifetime; a new session has its CSRF token from the sign-in;
 * registration answers the same for a taken address; an unconfirmed account signs in only for a
 * while; residents change their password and revoke their tokens.
 */
@PortalTest
class SignInSecurityTests {

	private static final String PASSWORD = "a-good-password";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Residents residents;

	@LocalServerPort
	int port;

	/** Other tests sign in (and fail) from 127.0.0.1 too: each test here starts and ends with no address counted. */
	@BeforeEach
	@AfterEach
	void unlockAddresses() {
		jdbc.sql("delete from identity_login_failures where login like 'address:%'").update();
	}

	@Test
	void fiftyWrongPasswordsFromOneAddressAcrossFiftyAccountsAreThrottled() {
		RequestPostProcessor guesser = from("203.0.113.50");
		int refusedAsWrong = 0;
		int throttled = 0;
		for (int i = 0; i < 50; i++) {
			int status = token(DemoAccounts.uniqueEmail(), "guess-" + i, guesser);
			refusedAsWrong += status == 401 ? 1 : 0;
			throttled += status == 429 ? 1 : 0;
		}
		assertThat(refusedAsWrong).as("wrong passwords answered before the address is locked").isEqualTo(20);
		assertThat(throttled).isEqualTo(30);
		// from that address not even a right password passes now; from another one it does
		assertThat(token(DemoAccounts.RESIDENT, DemoAccounts.PASSWORD, guesser)).isEqualTo(429);
		assertThat(token(DemoAccounts.RESIDENT, DemoAccounts.PASSWORD, from("203.0.113.51"))).isEqualTo(200);
		// the sign-in form is throttled the same way, before the password is checked
		assertThat(mvc.post().uri("/login").with(guesser).with(csrf()).param("email", DemoAccounts.RESIDENT)
			.param("password", DemoAccounts.PASSWORD)).hasStatus(HttpStatus.FOUND)
			.hasHeader("Location", "/login?error=locked");
	}

	@Test
	void aForgedForwardedForHeaderDoesNotResetTheLimiter() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		int throttled = 0;
		for (int i = 0; i < 25; i++) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
				.header("Content-Type", "application/json")
				.header("X-Forwarded-For", "198.51.100." + (i + 1))
				.header("X-Real-IP", "198.51.100." + (i + 1))
				.POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + DemoAccounts.uniqueEmail()
						+ "\",\"password\":\"guess\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			throttled += response.statusCode() == 429 ? 1 : 0;
		}
		assertThat(throttled).as("each request claimed another address; the connection's counted").isEqualTo(5);
		assertThat(jdbc.sql("select count(*) from identity_login_failures where login like 'address:198.51.100.%'")
			.query(Long.class).single()).isZero();
	}

	@Test
	void aPasswordResetEndsAnOpenSessionAndEveryApiToken() throws Exception {
		String email = confirmedResident();
		String bearer = DemoAccounts.bearer(mvc, email, PASSWORD);
		Browser browser = signedIn(email, PASSWORD);
		assertThat(browser.get("/account/profile").statusCode()).isEqualTo(200);

		int mails = TestMailServer.messagesTo(email).size();
		accounts.requestPasswordReset(email, "http://localhost");
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> TestMailServer.messagesTo(email).size() > mails);
		String link = TestMailServer.linkInMailTo(email);
		accounts.resetPassword(link.substring(link.indexOf("token=") + 6), "another-good-password");

		assertThat(browser.get("/account/profile")).satisfies(page -> {
			assertThat(page.statusCode()).isEqualTo(302);
			assertThat(page.headers().firstValue("Location").orElseThrow()).contains("/login");
		});
		assertThat(mvc.get().uri("/api/v1/me").header("Authorization", bearer)).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aChangeOfRolesEndsTheUsersSessionsAndTokens() throws Exception {
		String email = confirmedResident();
		String bearer = DemoAccounts.bearer(mvc, email, PASSWORD);
		Browser browser = signedIn(email, PASSWORD);
		UserId user = residents.findByEmail(email).orElseThrow();
		UserId admin = residents.findByEmail(DemoAccounts.ADMIN).orElseThrow();

		accounts.changeRoles(user, Set.of(Role.RESIDENT, Role.MODERATOR), admin);

		assertThat(browser.get("/account/profile").statusCode()).isEqualTo(302);
		assertThat(mvc.get().uri("/api/v1/me").header("Authorization", bearer)).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aSessionEndsItsAbsoluteLifetimeAfterSignInHoweverActive() throws Exception {
		String email = confirmedResident();
		Browser browser = signedIn(email, PASSWORD);
		assertThat(browser.get("/account/profile").statusCode()).isEqualTo(200);
		int moved = jdbc.sql("""
				update spring_session_attributes set attribute_bytes = ?
				where attribute_name like '%SessionLifetimeFilter.signedInAt'
				  and session_primary_id = (select primary_id from spring_session where principal_name = ?)
				""").params(SerializationUtils.serialize(Instant.now().minus(Duration.ofHours(13))), email).update();
		assertThat(moved).as("the session keeps its sign-in time").isEqualTo(1);

		HttpResponse<String> page = browser.get("/account/profile");

		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
		assertThat(browser.get("/account/profile").headers().firstValue("Location").orElseThrow()).contains("/login");
	}

	@Test
	void theSignInStoresTheNewSessionsCsrfTokenBeforeAnyPageAsksForIt() throws Exception {
		String email = confirmedResident();
		signedIn(email, PASSWORD);
		assertThat(jdbc.sql("""
				select count(*) from spring_session_attributes a join spring_session s on s.primary_id = a.session_primary_id
				where s.principal_name = ? and a.attribute_name like '%.CSRF_TOKEN'
				""").param(email).query(Long.class).single())
			.as("the first pages after signing in, asked for at once, find one token rather than each making its own")
			.isEqualTo(1);
	}

	@Test
	void registrationAnswersTheSameForATakenAddressAndTellsItsOwner() {
		String email = DemoAccounts.uniqueEmail();
		String first = register(email, "Первый");
		String second = register(email.toUpperCase(), "Первый");
		assertThat(second).isEqualTo(first);
		assertThat((String) JsonPath.read(second, "$.status")).isEqualTo("CONFIRMATION_SENT");
		assertThat(jdbc.sql("select count(*) from identity_users where email = ?").param(email).query(Long.class).single())
			.isEqualTo(1);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> TestMailServer.messagesTo(email).size() == 2);
		// each letter is sent on a thread of its own, so the owner's may arrive before the confirmation
		assertThat(TestMailServer.linksInMailsTo(email)).as("the confirmation, and the owner's letter offering a new password")
			.anyMatch(link -> link.contains("/account/confirm?token="))
			.anyMatch(link -> link.contains("/account/reset?token="));
	}

	@Test
	void anUnconfirmedAccountSignsInOnlyForAWhileAfterRegistering() {
		String email = DemoAccounts.uniqueEmail();
		register(email, "Неподтверждённый");
		assertThat(token(email, PASSWORD, from("203.0.113.60"))).isEqualTo(200);
		jdbc.sql("update identity_users set created_at = created_at - interval '4 days' where email = ?").param(email)
			.update();
		assertThat(mvc.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")).hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("подтвердите адрес почты");
		assertThat(mvc.post().uri("/login").with(csrf()).param("email", email).param("password", PASSWORD))
			.hasHeader("Location", "/login?error=unconfirmed");
	}

	@Test
	void aResidentListsAndRevokesTheirApiTokensAndChangesTheirPassword() throws Exception {
		String email = confirmedResident();
		String phone = DemoAccounts.bearer(mvc, email, PASSWORD);
		String laptop = DemoAccounts.bearer(mvc, email, PASSWORD);
		String tokens = mvc.get().uri("/api/v1/me/tokens").header("Authorization", laptop).exchange().getResponse()
			.getContentAsString();
		assertThat((List<String>) JsonPath.read(tokens, "$[*].id")).hasSize(2);
		String phoneId = hashOf(phone);
		assertThat(mvc.delete().uri("/api/v1/me/tokens/{id}", phoneId).header("Authorization", laptop))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(mvc.get().uri("/api/v1/me").header("Authorization", phone)).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.get().uri("/api/v1/me").header("Authorization", laptop)).hasStatusOk();

		Browser here = signedIn(email, PASSWORD);
		Browser elsewhere = signedIn(email, PASSWORD);
		HttpResponse<String> changed = here.post("/account/password",
				Map.of("currentPassword", PASSWORD, "newPassword", "a-new-good-password"));
		assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/account/profile#password");
		assertThat(here.get("/account/profile").statusCode()).as("the session that changed it stays").isEqualTo(200);
		assertThat(elsewhere.get("/account/profile").statusCode()).as("every other session ends").isEqualTo(302);
		assertThat(mvc.get().uri("/api/v1/me").header("Authorization", laptop)).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(token(email, "a-new-good-password", from("203.0.113.61"))).isEqualTo(200);
	}

	private String confirmedResident() {
		String email = DemoAccounts.uniqueEmail();
		register(email, "Житель");
		DemoAccounts.confirmEmail(mvc, email);
		return email;
	}

	private String register(String email, String name) {
		try {
			return mvc.post().uri("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"%s\",\"password\":\"%s\",\"name\":\"%s\"}".formatted(email, PASSWORD, name))
				.exchange()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private int token(String email, String password, RequestPostProcessor from) {
		return mvc.post().uri("/api/v1/auth/token").with(from).contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")
			.exchange()
			.getResponse()
			.getStatus();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String hashOf(String bearer) throws Exception {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
			.digest(bearer.substring("Bearer ".length()).getBytes(StandardCharsets.UTF_8)));
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private Browser signedIn(String email, String password) throws Exception {
		Browser browser = new Browser();
		HttpResponse<String> signIn = browser.post("/login", Map.of("email", email, "password", password));
		assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return browser;
	}

	/** A browser over real HTTP: cookies (the database session) and the forms' CSRF token. */
	private final class Browser {

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		HttpResponse<String> get(String path) throws Exception {
			return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
			Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/account/forgot").body());
			assertThat(csrf.find()).isTrue();
			String form = fields.entrySet().stream()
				.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&")) + "&_csrf=" + csrf.group(1);
			return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		}

	}

}
