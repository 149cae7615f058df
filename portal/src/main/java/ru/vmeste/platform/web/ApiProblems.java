package ru.vmeste.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.stereotype.Component;

import ru.vmeste.shared.DomainException;

/**
 * Builds RFC 9457 problem details in the caller's language; the one place that decides how
 * an API error looks.
 */
@Component
public class ApiProblems {

	/**
	 * An input that was refused, as listed in a problem's {@code errors}: every 400 has at least
	 * one, with the field when one input is to blame and null when the request as a whole is.
	 */
	public record FieldError(@Nullable String field, String message) {
	}

	private final MessageSource messages;

	private final JsonMapper json;

	ApiProblems(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json.rebuild().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
	}

	/** Writes a problem straight to a response, for filters that run before Spring MVC. */
	public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		withErrors(problem);
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

	public ProblemDetail of(HttpStatusCode status, String detailCode, Locale locale, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(title(status, locale));
		problem.setDetail(messages.getMessage(detailCode, arguments, detailCode, locale));
		return withErrors(problem);
	}

	public ProblemDetail of(DomainException ex, Locale locale) {
		ProblemDetail problem = of(statusOf(ex.kind()), ex.messageCode(), locale, ex.arguments());
		if (ex.field() != null) {
			problem.setProperty("errors", List.of(new FieldError(ex.field(), String.valueOf(problem.getDetail()))));
		}
		return problem;
	}

	/** Gives a 400 without its list of refused inputs one entry: the request, with the problem's detail. */
	public static ProblemDetail withErrors(ProblemDetail problem) {
		if (problem.getStatus() == HttpStatus.BAD_REQUEST.value()
				&& (problem.getProperties() == null || !problem.getProperties().containsKey("errors"))) {
			problem.setProperty("errors", List.of(new FieldError(null, String.valueOf(problem.getDetail()))));
		}
		return problem;
	}

	public ProblemDetail invalid(List<FieldError> errors, Locale locale) {
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "problem.validation", locale);
		problem.setProperty("errors", errors);
		return problem;
	}

	/** A message in the caller's language. */
	public String message(String code, Locale locale, Object... arguments) {
		return messages.getMessage(code, arguments, code, locale);
	}

	public String title(HttpStatusCode status, Locale locale) {
		HttpStatus known = HttpStatus.resolve(status.value());
		String fallback = known == null ? "Error" : known.getReasonPhrase();
		return messages.getMessage("problem.title." + status.value(), null, fallback, locale);
	}

	public static HttpStatus statusOf(DomainException.Kind kind) {
		return switch (kind) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case UNAUTHORIZED -> HttpStatus.UNAUTHORIZED;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case CONFLICT -> HttpStatus.CONFLICT;
			case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
			case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
		};
	}

	static URI instance(String path) {
		return URI.create(path);
	}

}
