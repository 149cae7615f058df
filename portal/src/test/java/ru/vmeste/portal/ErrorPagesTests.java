package ru.vmeste.portal;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors reach the visitor as a friendly page in their language, or problem+json on the API;
 * exercised through the real server so the servlet container's error dispatch is included.
 */
@PortalTest
class ErrorPagesTests {

	@Autowired
	TestRestTemplate http;

	@Autowired
	MockMvcTester mvc;

	@Test
	void showsAFriendlyNotFoundPageInRussian() {
		ResponseEntity<String> page = html("/no-such-page", null);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(page.getBody()).contains("Такой страницы нет", "На главную").doesNotContain("Exception");
	}

	@Test
	void showsTheNotFoundPageInEnglishWhenChosen() {
		ResponseEntity<String> page = html("/no-such-page", "vmeste-lang=en");
		assertThat(page.getBody()).contains("There is no such page", "To the home page");
	}

	@Test
	void answersUnknownApiPathsWithProblemJson() {
		ResponseEntity<String> response = http.getForEntity("/api/v1/no-such-thing", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(response.getBody()).contains("\"status\":404");
	}

	@Test
	void sendsAnonymousVisitorsOfAdminPagesToSignIn() {
		// the client follows the redirect to the sign-in form
		ResponseEntity<String> page = html("/admin/services", null);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).contains("action=\"/login\"", "Войти");
	}

	@Test
	void showsAFriendlyPageForAnInternalErrorWithoutDetails() {
		assertThat(mvc.get()
			.uri("/error")
			.accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret internals"))
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere")).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR)
			.bodyText()
			.contains("Внутренняя ошибка", "На нашей стороне что-то пошло не так")
			.doesNotContain("secret internals", "IllegalStateException");
	}

	private ResponseEntity<String> html(String path, String cookie) {
		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(java.util.List.of(MediaType.TEXT_HTML));
		if (cookie != null) {
			headers.add(HttpHeaders.COOKIE, cookie);
		}
		return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
	}

}
