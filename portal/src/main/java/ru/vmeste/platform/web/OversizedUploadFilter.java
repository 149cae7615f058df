package ru.vmeste.platform.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Makes an upload over the multipart limits ({@code spring.servlet.multipart.*}) end in a clear
 * 413. Tomcat 11 throws on every parameter read of such a request, the CSRF check and the
 * error page's included, so the visitor used to get the container's bare error page. The body
 * is parsed only when something first reads a parameter or a part — after the security chain
 * has refused an upload from someone not signed in, which is thus never parsed; an oversized
 * one then goes on with its query parameters only and fails where Spring resolves the upload,
 * as {@code MaxUploadSizeExceededException}, which the error pages explain (a page, or
 * problem+json on the API).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class OversizedUploadFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		boolean multipart = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
		chain.doFilter(multipart ? new ParsedOnFirstRead(request) : request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		chain.doFilter(wrapped(request), response);
	}

	private static HttpServletRequest wrapped(HttpServletRequest request) {
		return request.getAttribute(OversizedUploads.TOO_LARGE) instanceof String reason ? new QueryParametersOnly(request, reason)
				: request;
	}

	/** The parameters of a request's query string, decoded, without touching its body. */
	static Map<String, String[]> queryParameters(HttpServletRequest request) {
		Map<String, String[]> parameters = new LinkedHashMap<>();
		MultiValueMap<String, String> query = UriComponentsBuilder.newInstance()
			.query(request.getQueryString())
			.build()
			.getQueryParams();
		query.forEach((name, values) -> parameters.put(URLDecoder.decode(name, StandardCharsets.UTF_8), values.stream()
			.map(value -> value == null ? "" : URLDecoder.decode(value, StandardCharsets.UTF_8))
			.toArray(String[]::new)));
		return parameters;
	}

	/**
	 * A multipart request whose body is parsed when a parameter or part is first read; over the
	 * limits it is marked {@link OversizedUploads#refused refused} and reads as its query
	 * parameters only.
	 */
	static final class ParsedOnFirstRead extends HttpServletRequestWrapper {

		private @Nullable HttpServletRequest oversized;

		private boolean parsed;

		ParsedOnFirstRead(HttpServletRequest request) {
			super(request);
		}

		/** Parses the body once; afterwards the request reads as it or as its query parameters. */
		HttpServletRequest parsed() {
			if (!parsed) {
				parsed = true;
				try {
					super.getParts();
				}
				catch (IllegalStateException | IOException | ServletException ex) {
					if (String.valueOf(ex.getMessage()).contains("exceeds")) {
						String reason = "Maximum upload size exceeded: " + ex.getMessage();
						setAttribute(OversizedUploads.TOO_LARGE, reason);
						oversized = new QueryParametersOnly((HttpServletRequest) getRequest(), reason);
					}
					else {
						setAttribute(OversizedUploads.UNREADABLE, String.valueOf(ex.getMessage()));
					}
				}
			}
			return oversized == null ? (HttpServletRequest) getRequest() : oversized;
		}

		@Override
		public @Nullable String getParameter(String name) {
			return parsed().getParameter(name);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return parsed().getParameterMap();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return parsed().getParameterNames();
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return parsed().getParameterValues(name);
		}

		@Override
		public Collection<Part> getParts() throws IOException, ServletException {
			return parsed().getParts();
		}

		@Override
		public @Nullable Part getPart(String name) throws IOException, ServletException {
			return parsed().getPart(name);
		}

		@Override
		public @Nullable String getContentType() {
			return parsed ? parsed().getContentType() : super.getContentType();
		}

	}

	/** An oversized upload: its query parameters are readable, its body is not. */
	private static final class QueryParametersOnly extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters = new LinkedHashMap<>();

		private final String reason;

		QueryParametersOnly(HttpServletRequest request, String reason) {
			super(request);
			this.reason = reason;
			parameters.putAll(queryParameters(request));
		}

		@Override
		public @Nullable String getParameter(String name) {
			String[] values = parameters.get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Collections.unmodifiableMap(parameters);
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(parameters.keySet());
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return parameters.get(name);
		}

		/** The error page must not try to read the upload again. */
		@Override
		public @Nullable String getContentType() {
			return getDispatcherType() == DispatcherType.ERROR ? null : super.getContentType();
		}

		@Override
		public Collection<Part> getParts() {
			throw new IllegalStateException(reason);
		}

		@Override
		public Part getPart(String name) {
			throw new IllegalStateException(reason);
		}

	}

}
