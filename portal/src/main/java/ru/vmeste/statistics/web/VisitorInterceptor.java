package ru.vmeste.statistics.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

import ru.vmeste.statistics.internal.Visitors;

/**
 * Counts a visitor for every page a browser got (a GET answered 200 with HTML); the address and
 * user agent go into the day's salted hash and nowhere else.
 */
class VisitorInterceptor implements HandlerInterceptor {

	private final Visitors visitors;

	VisitorInterceptor(Visitors visitors) {
		this.visitors = visitors;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable Exception ex) {
		String type = response.getContentType();
		if ("GET".equals(request.getMethod()) && response.getStatus() == 200 && type != null
				&& type.startsWith("text/html")) {
			String agent = request.getHeader(HttpHeaders.USER_AGENT);
			visitors.seen(request.getRemoteAddr(), agent == null ? "" : agent);
		}
	}

}
