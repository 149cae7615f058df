package ru.vmeste.identity.internal.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Signing in through the form keeps the sign-in time in the new session before the redirect, so
 * the first signed-in requests (the page and, at the same moment, the service worker or another
 * tab) find it there: left to {@link SessionLifetimeFilter}, two such requests both stored it and
 * one failed on the session store's unique key (a 500 for the page right after signing in).
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
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
