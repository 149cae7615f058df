package ru.vmeste.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

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
 * is an easy way to tie up a server. A chunked body, which declares no length, is read up to the
 * limit and refused when it goes beyond. File uploads are multipart and have their own limits.
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
		if (contentType == null || !contentType.toLowerCase(Locale.ROOT).contains("json")) {
			chain.doFilter(request, response);
			return;
		}
		long declared = request.getContentLengthLong();
		if (declared > maxBytes) {
			tooLarge(request, response);
			return;
		}
		if (declared >= 0) {
			chain.doFilter(request, response);
			return;
		}
		// chunked: no length to check, so read at most the limit and one byte more, and replay it
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
		}
		if (body.length > maxBytes) {
			tooLarge(request, response);
			return;
		}
		chain.doFilter(new CachedBodyRequest(request, body), response);
	}

	private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		problems.write(response, problems.of(HttpStatus.CONTENT_TOO_LARGE, "problem.body-too-large",
				locales.resolveLocale(request), maxBytes / 1024));
	}

}
