package ru.vmeste.identity.internal.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import ru.vmeste.identity.PortalUser;

/**
 * Ends a signed-in web session {@code vmeste.session.absolute-lifetime} after sign-in, however
 * active it has been (the idle timeout alone would let a session stolen once live for ever). The
 * sign-in time is kept in the session at its first signed-in request.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

	static final String SIGNED_IN_AT = SessionLifetimeFilter.class.getName() + ".signedInAt";

	private final Clock clock;

	private final Duration lifetime;

	SessionLifetimeFilter(Clock clock, Duration lifetime) {
		this.clock = clock;
		this.lifetime = lifetime;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (session != null && authentication != null && authentication.getPrincipal() instanceof PortalUser) {
			Instant now = clock.instant();
			if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt)) {
				session.setAttribute(SIGNED_IN_AT, now);
			}
			else if (now.isAfter(signedInAt.plus(lifetime))) {
				session.invalidate();
				SecurityContextHolder.clearContext();
				response.sendRedirect(request.getContextPath() + "/login?expired");
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
