package ru.vmeste.support;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The demo accounts of the API contract and bearer tokens for them.
 */
public final class DemoAccounts {

	public static final String PASSWORD = "vmeste-demo";

	public static final String RESIDENT = "resident@demo.vmeste";

	public static final String MODERATOR = "moderator@demo.vmeste";

	public static final String OFFICIAL = "official@demo.vmeste";

	public static final String ADMIN = "admin@demo.vmeste";

	/** Reviews ideas (role EXPERT) and nothing else. */
	public static final String EXPERT = "expert@demo.vmeste";

	private DemoAccounts() {
	}

	/** {@code Bearer <token>} for a demo account. */
	public static String bearer(MockMvcTester mvc, String email) {
		return bearer(mvc, email, PASSWORD);
	}

	public static String bearer(MockMvcTester mvc, String email, String password) {
		String body;
		try {
			body = mvc.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
		return "Bearer " + JsonPath.read(body, "$.token");
	}

	/** A fresh e-mail address no other test uses. */
	public static String uniqueEmail() {
		return "test-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
	}

	/**
	 * Registers a new resident through the API, confirms their e-mail with the link mailed to them
	 * (as a real resident would before their appeals reach moderation) and returns a bearer token.
	 */
	public static String newResident(MockMvcTester mvc, String email) {
		String bearer = unconfirmedResident(mvc, email);
		confirmEmail(mvc, email);
		return bearer;
	}

	/** Opens the confirmation link mailed to the address, as its owner would. */
	public static void confirmEmail(MockMvcTester mvc, String email) {
		String path = Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> TestMailServer.messagesTo(email).stream()
				.map(DemoAccounts::content)
				.map(CONFIRMATION::matcher)
				.filter(Matcher::find)
				.map(found -> found.group().replace("&amp;", "&"))
				.findFirst(), Optional::isPresent)
			.orElseThrow();
		mvc.get().uri(path).exchange();
	}

	private static final Pattern CONFIRMATION = Pattern.compile("/account/confirm\\?token=[^\"&<\\s]+");

	private static String content(jakarta.mail.internet.MimeMessage mail) {
		try {
			return String.valueOf(mail.getContent());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Registers a new resident through the API who has not confirmed their e-mail yet; a bearer token for them. */
	public static String unconfirmedResident(MockMvcTester mvc, String email) {
		mvc.post()
			.uri("/api/v1/auth/register")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"" + email + "\",\"password\":\"resident-pass\",\"name\":\"Test Resident\"}")
			.exchange();
		return bearer(mvc, email, "resident-pass");
	}

}
