package ru.vmeste.identity.internal.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Signing in through the form keeps the sign-in time and the session's new CSRF token in the new
 * session before the redirect, so the first signed-in requests (the page and, at the same moment,
 * the service worker, another tab or the next page asked for before this one ended) find them
 * there: left to {@link SessionLifetimeFilter}, two such requests both stored the time and one
 * failed on the session store's unique key (a 500 for the page right after signing in); left to
 * the first page that shows a form, two such requests each made a token of their own, and a form
 * showing the one the session did not keep was refused with 403.
 */
class SignInTimeRecorder extends SavedRequestAwareAuthenticationSuccessHandler {

	private final Clock clock;

	SignInTimeRecorder(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.setAttribute(SessionLifetimeFilter.SIGNED_IN_AT, clock.instant());
		}
		// signing in dropped the anonymous session's token; reading the new one makes and stores it now
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
			csrf.getToken();
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
