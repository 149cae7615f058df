package ru.vmeste.identity;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in gives the browser a new session, and a request the page started before (a service
 * worker fetching its script, an image, another tab) that ends after the sign-in cannot undo it:
 * its late save of the old session used to write the old id back over the new one, and the
 * resident found themselves signed out at the next click.
 */
@PortalTest
class SignInSessionTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("SESSION=([^;]*)");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	@Test
	void aRequestOfTheOldSessionEndingAfterSignInLeavesTheResidentSignedIn() throws Exception {
		HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/login")).GET(), null);
		String before = cookie(form);
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).isTrue();
		Late<?> late = Late.begin(sessions, id(before));

		HttpResponse<String> signIn = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(DemoAccounts.RESIDENT, StandardCharsets.UTF_8)
					+ "&password=" + URLEncoder.encode(DemoAccounts.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
					+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))), before);
		assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		String after = cookie(signIn);
		assertThat(after).as("a new session on sign-in").isNotEqualTo(before);

		late.end();

		assertThat(send(HttpRequest.newBuilder(uri("/account/profile")).GET(), after).statusCode()).isEqualTo(200);
		assertThat(send(HttpRequest.newBuilder(uri("/account/profile")).GET(), before).statusCode())
			.as("the session from before signing in is not signed in").isEqualTo(302);
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String session) throws Exception {
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String cookie(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream()
			.map(SESSION::matcher)
			.filter(Matcher::find)
			.map(found -> found.group(1))
			.filter(value -> !value.isEmpty())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

	private static String id(String cookie) {
		return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	/** A request that read the session and saves it when it ends, as every request touching the session does. */
	private record Late<S extends Session>(SessionRepository<S> repository, S session) {

		static <S extends Session> Late<S> begin(SessionRepository<S> repository, String id) {
			S session = repository.findById(id);
			assertThat(session).as("the sign-in form's session").isNotNull();
			return new Late<>(repository, session);
		}

		void end() {
			session.setLastAccessedTime(Instant.now());
			repository.save(session);
		}

	}

}
