package ru.vmeste.identity.internal.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import ru.vmeste.identity.internal.Accounts;
import ru.vmeste.identity.internal.LoginThrottle;
import ru.vmeste.platform.web.ApiProblems;
import ru.vmeste.platform.web.TextInput;

/**
 * Throttles sign-in before authentication: a POST to {@code /login} or
 * {@code /api/v1/auth/token} from a client address, or for an account, that failed too often
 * lately is refused (429 with problem+json for the API, back to the form for the page) before any
 * password is looked at — so guessing across many accounts from one address stops, and a locked
 * account is not even loaded. The client address is the connection's, or the one a trusted proxy
 * reports ({@code server.forward-headers-strategy: native} and
 * {@code server.tomcat.remoteip.internal-proxies}); a header sent by anyone else changes nothing.
 * An e-mail with control characters is no account's: it is not looked up here, and the sign-in
 * itself refuses it as bad input.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	static final String TOKEN_PATH = "/api/v1/auth/token";

	/** A sign-in body is a few hundred bytes; more is not read for the e-mail (the JSON limit applies later). */
	private static final int MAX_PEEK = 16 * 1024;

	private final LoginThrottle throttle;

	private final ApiProblems problems;

	private final LocaleResolver locales;

	private final JsonMapper json;

	SignInThrottleFilter(LoginThrottle throttle, ApiProblems problems, LocaleResolver locales, JsonMapper json) {
		this.throttle = throttle;
		this.problems = problems;
		this.locales = locales;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod()) || !("/login".equals(path) || TOKEN_PATH.equals(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean api = request.getRequestURI().endsWith(TOKEN_PATH);
		HttpServletRequest read = request;
		String email;
		if (api) {
			BufferedBody buffered = new BufferedBody(request);
			read = buffered;
			email = buffered.email(json);
		}
		else {
			email = request.getParameter("email");
		}
		Optional<Instant> locked = throttle.addressLockedUntil(request.getRemoteAddr());
		if (locked.isEmpty() && email != null && !email.isBlank() && TextInput.isClean(email)) {
			locked = throttle.lockedUntil(Accounts.normalize(email));
		}
		if (locked.isPresent()) {
			long seconds = Math.max(1, Duration.between(Instant.now(), locked.get()).toSeconds());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
			if (api) {
				problems.write(response, problems.of(HttpStatus.TOO_MANY_REQUESTS, "identity.login-locked",
						locales.resolveLocale(request)));
			}
			else {
				response.sendRedirect(request.getContextPath() + "/login?error=locked");
			}
			return;
		}
		chain.doFilter(read, response);
	}

	/** The token request with its (small) body read once to find the e-mail, then replayed. */
	private static final class BufferedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedBody(HttpServletRequest request) throws IOException {
			super(request);
			try (InputStream in = request.getInputStream()) {
				this.body = in.readNBytes(MAX_PEEK + 1);
			}
		}

		@Nullable String email(JsonMapper json) {
			if (body.length > MAX_PEEK) {
				return null;
			}
			try {
				JsonNode email = json.readTree(body).get("email");
				return email != null && email.isString() ? email.asString() : null;
			}
			catch (RuntimeException unreadable) {
				return null;
			}
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream bytes = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return bytes.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return bytes.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return bytes.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

			};
		}

	}

}
