package ru.vmeste.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import ru.vmeste.platform.PlatformSettings;

/**
 * Refuses JSON request bodies above {@code vmeste.api.max-json-body} (256 KB) with 413
 * before anything parses them: no API request needs more, and parsing megabytes of JSON
 * is an easy way to tie up a server. File uploads are multipart and have their own limits.
 */
@Component
class JsonBodyLimitFilter extends OncePerRequestFilter {

	private final ApiProblems problems;

	private final LocaleResolver locales;

	private final long maxBytes;

	JsonBodyLimitFilter(ApiProblems problems, LocaleResolver locales,
			PlatformSettings settings) {
		this.problems = problems;
		this.locales = locales;
		this.maxBytes = settings.api().maxJsonBody().toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		if (contentType != null && contentType.toLowerCase().contains("json") && request.getContentLengthLong() > maxBytes) {
			problems.write(response, problems.of(HttpStatus.CONTENT_TOO_LARGE, "problem.body-too-large",
					locales.resolveLocale(request), maxBytes / 1024));
			return;
		}
		chain.doFilter(request, response);
	}

}
