package ru.vmeste.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks an upload's body behind the security chain, which has refused those from someone not
 * signed in unread: a multipart body that cannot be parsed at all (no boundary, cut short) or
 * whose text fields hold control characters is refused with 400, as {@link ControlCharacterFilter}
 * refuses other parameters. A too large upload is left to its own 413 ({@link OversizedUploadFilter}).
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10)
class UploadCheckFilter extends OncePerRequestFilter {

	private final ControlCharacterFilter refusals;

	UploadCheckFilter(ControlCharacterFilter refusals) {
		this.refusals = refusals;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!ControlCharacterFilter.isMultipart(request)) {
			chain.doFilter(request, response);
			return;
		}
		if (isUnreadable(request)) {
			refusals.refuseUnreadable(request, response);
			return;
		}
		String refused = ControlCharacterFilter.refusedParameter(request.getParameterMap());
		if (refused == null) {
			chain.doFilter(request, response);
		}
		else {
			refusals.refuse(request, response, refused);
		}
	}

	private static boolean isUnreadable(HttpServletRequest request) {
		try {
			request.getParts();
			return false;
		}
		catch (IOException | ServletException | RuntimeException ex) {
			// too large is OversizedUploadFilter's 413; anything else is a body nobody can read
			return !String.valueOf(ex.getMessage()).contains("exceeds");
		}
	}

}
