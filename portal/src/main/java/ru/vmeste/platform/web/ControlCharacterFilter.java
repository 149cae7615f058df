package ru.vmeste.platform.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose query or form parameters (names or values, multipart text fields
 * included) hold control characters ({@link TextInput}), or whose multipart body cannot be
 * parsed at all (no boundary, cut short): 400 problem+json for the API, the 400 page for people.
 * One check in front of every controller instead of one per field. Runs after
 * {@code OversizedUploadFilter}, which leaves too large uploads to their own 413.
 */
@Component
@Order(Integer.MIN_VALUE + 30)
class ControlCharacterFilter extends OncePerRequestFilter {

	private final ApiProblems problems;

	ControlCharacterFilter(ApiProblems problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isMalformedMultipart(request)) {
			if (isApi(request)) {
				problems.write(response, problems.of(HttpStatus.BAD_REQUEST, "problem.malformed-upload",
						LocaleContextHolder.getLocale()));
			}
			else {
				response.sendError(HttpStatus.BAD_REQUEST.value());
			}
			return;
		}
		String refused = refusedParameter(request);
		if (refused == null) {
			chain.doFilter(request, response);
			return;
		}
		if (isApi(request)) {
			ProblemDetail problem = problems.invalid(List.of(new ApiProblems.FieldError(refused,
					problems.message("problem.control-characters", LocaleContextHolder.getLocale()))),
					LocaleContextHolder.getLocale());
			problems.write(response, problem);
		}
		else {
			response.sendError(HttpStatus.BAD_REQUEST.value());
		}
	}

	private static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") || path.startsWith("/open311/");
	}

	private static boolean isMalformedMultipart(HttpServletRequest request) {
		String contentType = request.getContentType();
		if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
			return false;
		}
		try {
			request.getParts();
			return false;
		}
		catch (IOException | ServletException | RuntimeException ex) {
			// too large is OversizedUploadFilter's 413; anything else is a body nobody can read
			return !String.valueOf(ex.getMessage()).contains("exceeds");
		}
	}

	private static String refusedParameter(HttpServletRequest request) {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (RuntimeException unreadable) {
			return null; // a malformed body is the controllers' to refuse
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (!TextInput.isClean(parameter.getKey())) {
				return TextInput.cleaned(parameter.getKey());
			}
			for (String value : parameter.getValue()) {
				if (value != null && !TextInput.isClean(value)) {
					return parameter.getKey();
				}
			}
		}
		return null;
	}

}
