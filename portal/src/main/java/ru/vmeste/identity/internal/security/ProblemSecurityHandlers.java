package ru.vmeste.identity.internal.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;

import ru.vmeste.platform.web.ApiProblems;

/**
 * Answers API calls that lack a valid sign-in (401, with the Bearer challenge) or the
 * needed role (403) with problem+json in the caller's language.
 */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ApiProblems problems;

	private final LocaleResolver locales;

	ProblemSecurityHandlers(ApiProblems problems, LocaleResolver locales) {
		this.problems = problems;
		this.locales = locales;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		boolean badToken = ex instanceof BadCredentialsException;
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
				badToken ? "Bearer error=\"invalid_token\"" : "Bearer realm=\"vmeste\"");
		problems.write(response, problems.of(HttpStatus.UNAUTHORIZED,
				badToken ? "identity.token-invalid" : "identity.sign-in-required", locales.resolveLocale(request)));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		problems.write(response, problems.of(HttpStatus.FORBIDDEN, "identity.forbidden", locales.resolveLocale(request)));
	}

}
