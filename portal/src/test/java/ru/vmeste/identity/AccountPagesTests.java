package ru.vmeste.identity;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PortalTest
class AccountPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void explainsEveryBadFieldOnTheRegistrationFormInRussian() {
		assertThat(mvc.post()
			.uri("/account/register")
			.with(csrf())
			.param("email", "not-an-email")
			.param("password", "short")
			.param("name", "")).hasStatusOk()
			.bodyText()
			.contains("Это не похоже на адрес электронной почты.", "Пароль должен быть длиной от 8 до 128 символов.",
					"Укажите имя.", "aria-invalid=\"true\"");
	}

	@Test
	void explainsInEnglishWhenEnglishIsChosen() {
		assertThat(mvc.post()
			.uri("/account/register")
			.with(csrf())
			.cookie(new Cookie("vmeste-lang", "en"))
			.param("email", "not-an-email")
			.param("password", "a-long-password")
			.param("name", "Someone")
			.param("consent", "true")).hasStatusOk()
			.bodyText()
			.contains("This is not a valid e-mail address.");
	}

	@Test
	void refusesAFormWithoutTheCsrfToken() {
		assertThat(mvc.post()
			.uri("/account/register")
			.param("email", DemoAccounts.uniqueEmail())
			.param("password", "a-long-password")
			.param("name", "Someone")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void registersAndSendsTheResidentToCheckTheirMail() {
		assertThat(mvc.post()
			.uri("/account/register")
			.with(csrf())
			.param("email", DemoAccounts.uniqueEmail())
			.param("password", "a-long-password")
			.param("name", "Новый житель")
			.param("consent", "true")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/account/registered");
	}

	@Test
	void sendsAnonymousVisitorsOfTheProfileToSignIn() {
		assertThat(mvc.get().uri("/account/profile")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
	}

	@Test
	void keepsAddressVerificationForOfficials() {
		assertThat(mvc.get().uri("/staff/verifications").with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("r")
					.roles("RESIDENT")))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void rejectsAnUnknownConfirmationLinkPolitely() {
		assertThat(mvc.get().uri("/account/confirm?token=forged")).hasStatusOk()
			.bodyText()
			.contains("Ссылка не работает");
	}

}
