package ru.vmeste.support;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

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

	/** Registers a new resident through the API and returns a bearer token for them. */
	public static String newResident(MockMvcTester mvc, String email) {
		mvc.post()
			.uri("/api/v1/auth/register")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"" + email + "\",\"password\":\"resident-pass\",\"name\":\"Test Resident\"}")
			.exchange();
		return bearer(mvc, email, "resident-pass");
	}

}
