package ru.vmeste.identity;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class AuthApiTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void registersAResidentAndMailsAConfirmationLink() {
		String email = DemoAccounts.uniqueEmail();
		assertThat(register(email, "a-good-password", "Иван Петров")).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.satisfies(json -> {
				json.assertThat().extractingPath("$.email").isEqualTo(email);
				json.assertThat().extractingPath("$.name").isEqualTo("Иван Петров");
			});
		assertThat(TestMailServer.linkInMailTo(email)).contains("/account/confirm?token=");
	}

	@Test
	void issuesATokenThatIdentifiesTheDemoResident() {
		String bearer = DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT);
		assertThat(mvc.get().uri("/api/v1/me").header("Authorization", bearer)).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				json.assertThat().extractingPath("$.email").isEqualTo(DemoAccounts.RESIDENT);
				json.assertThat().extractingPath("$.roles").asArray().containsExactly("RESIDENT");
				json.assertThat().extractingPath("$.verified").isEqualTo(true);
				json.assertThat().extractingPath("$.districtId").isNotNull();
			});
	}

	@Test
	void reportsEveryRoleOfAnAccount() {
		String bearer = DemoAccounts.bearer(mvc, DemoAccounts.ADMIN);
		assertThat(mvc.get().uri("/api/v1/me").header("Authorization", bearer)).bodyJson()
			.extractingPath("$.roles")
			.asArray()
			.contains("ADMIN", "RESIDENT");
	}

	@Test
	void refusesMeWithoutAToken() {
		assertThat(mvc.get().uri("/api/v1/me")).hasStatus(HttpStatus.UNAUTHORIZED)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader("WWW-Authenticate", "Bearer realm=\"vmeste\"");
	}

	@Test
	void refusesAnUnknownToken() {
		assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer forged")).hasStatus(HttpStatus.UNAUTHORIZED)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("POST /api/v1/auth/token");
	}

	@Test
	void listsEveryInvalidFieldInTheCallersLanguage() {
		assertThat(mvc.post()
			.uri("/api/v1/auth/register")
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"not-an-email\",\"password\":\"short\",\"name\":\"\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies(json -> {
				json.assertThat().extractingPath("$.title").isEqualTo("Bad request");
				json.assertThat().extractingPath("$.errors[?(@.field=='email')].message").asArray()
					.containsExactly("This is not a valid e-mail address.");
				json.assertThat().extractingPath("$.errors[?(@.field=='password')].message").asArray()
					.containsExactly("The password must be 8 to 128 characters long.");
				json.assertThat().extractingPath("$.errors[?(@.field=='name')].message").asArray()
					.containsExactly("Enter your name.");
			});
	}

	@Test
	void answersInRussianByDefault() {
		assertThat(register("not-an-email", "a-good-password", "Имя")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.isEqualTo("Это не похоже на адрес электронной почты.");
	}

	@Test
	void answersATakenEmailWhateverItsCaseExactlyLikeANewOne() {
		String email = DemoAccounts.uniqueEmail();
		assertThat(register(email, "a-good-password", "Первый")).hasStatus(HttpStatus.CREATED);
		assertThat(register(email.toUpperCase(), "a-good-password", "Второй")).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.satisfies(json -> {
				json.assertThat().extractingPath("$.email").isEqualTo(email);
				json.assertThat().extractingPath("$.status").isEqualTo("CONFIRMATION_SENT");
			});
	}

	@Test
	void refusesAWrongPasswordWith401() {
		assertThat(token(DemoAccounts.MODERATOR, "wrong-password")).hasStatus(HttpStatus.UNAUTHORIZED)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Неверная почта или пароль.");
	}

	@Test
	void locksALoginAfterFiveWrongPasswords() {
		String email = DemoAccounts.uniqueEmail();
		assertThat(register(email, "the-right-password", "Жертва")).hasStatus(HttpStatus.CREATED);
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(token(email, "guess-" + attempt)).hasStatus(HttpStatus.UNAUTHORIZED);
		}
		assertThat(token(email, "the-right-password")).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void refusesABodyThatIsNotJson() {
		assertThat(mvc.post().uri("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON).content("{not json"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(mvc.post().uri("/api/v1/auth/register").contentType(MediaType.TEXT_PLAIN).content("email=x"))
			.hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void refusesAnOversizedBody() {
		String huge = "{\"email\":\"" + "a".repeat(300_000) + "@example.org\",\"password\":\"x\",\"name\":\"x\"}";
		assertThat(mvc.post().uri("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON).content(huge))
			.hasStatus(HttpStatus.CONTENT_TOO_LARGE)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private MockMvcTester.MockMvcRequestBuilder register(String email, String password, String name) {
		return mvc.post()
			.uri("/api/v1/auth/register")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"%s\",\"password\":\"%s\",\"name\":\"%s\"}".formatted(email, password, name));
	}

	private MockMvcTester.MockMvcRequestBuilder token(String email, String password) {
		return mvc.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password));
	}

}
