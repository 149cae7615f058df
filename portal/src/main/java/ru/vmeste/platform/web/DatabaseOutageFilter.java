package ru.vmeste.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database cannot be reached, whatever needed it (a page, an API call, the session,
 * the sign-in) is answered 503 with Retry-After: a self-contained page for people, problem+json
 * for the API. It stands in front of every other filter, the session's included, since those
 * reach the database too; the portal recovers by itself once the database is back.
 */
@Component
@Order(Integer.MIN_VALUE + 10)
class DatabaseOutageFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	private final ApiProblems problems;

	private final byte[] page;

	DatabaseOutageFilter(ApiProblems problems) {
		this.problems = problems;
		try (InputStream in = new ClassPathResource("platform/unavailable.html").getInputStream()) {
			this.page = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!DatabaseOutage.isCauseOf(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unreachable: {} {} answered 503", request.getMethod(), request.getRequestURI());
			unavailable(request, response);
		}
	}

	private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.resetBuffer();
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (wantsProblem(request)) {
			Locale locale = request.getLocale() == null ? LocaleContextHolder.getLocale() : request.getLocale();
			problems.write(response, problems.of(HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable", locale));
			return;
		}
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getOutputStream().write(page);
	}

	private static boolean wantsProblem(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String accept = String.valueOf(request.getHeader(HttpHeaders.ACCEPT));
		return path.startsWith("/api/") || path.startsWith("/open311/") || path.startsWith("/actuator/")
				|| !accept.contains("text/html") && accept.contains("json");
	}

}
