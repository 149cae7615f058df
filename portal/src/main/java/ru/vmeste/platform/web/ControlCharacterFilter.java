package ru.vmeste.platform.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose query or form parameters (names or values) hold control characters
 * ({@link TextInput}): 400 problem+json for the API, the 400 page for people. One check in front
 * of every controller instead of one per field. An upload's body is not read here, in front of
 * the security chain, but by {@link UploadCheckFilter} behind it: only its query is checked.
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
		String refused = refusedParameter(
				isMultipart(request) ? OversizedUploadFilter.queryParameters(request) : parameters(request));
		if (refused == null) {
			chain.doFilter(request, response);
		}
		else {
			refuse(request, response, refused);
		}
	}

	/** Answers 400 naming the parameter with control characters. */
	void refuse(HttpServletRequest request, HttpServletResponse response, String refused) throws IOException {
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

	/** Answers 400: an upload whose body cannot be parsed at all. */
	void refuseUnreadable(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (isApi(request)) {
			problems.write(response, problems.of(HttpStatus.BAD_REQUEST, "problem.malformed-upload",
					LocaleContextHolder.getLocale()));
		}
		else {
			response.sendError(HttpStatus.BAD_REQUEST.value());
		}
	}

	static boolean isMultipart(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	private static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") || path.startsWith("/open311/");
	}

	private static Map<String, String[]> parameters(HttpServletRequest request) {
		try {
			return request.getParameterMap();
		}
		catch (RuntimeException unreadable) {
			return Map.of(); // a malformed body is the controllers' to refuse
		}
	}

	/** The first parameter whose name or a value holds control characters, or null. */
	static @Nullable String refusedParameter(Map<String, String[]> parameters) {
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
