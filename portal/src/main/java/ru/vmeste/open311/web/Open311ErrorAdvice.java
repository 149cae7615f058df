package ru.vmeste.open311.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import ru.vmeste.open311.internal.Open311Error;
import ru.vmeste.platform.web.ApiProblems;
import ru.vmeste.shared.DomainException;

/**
 * Answers every error of an Open311 call in the spec's format ({@code <errors><error><code>…} or
 * {@code [{"code", "description"}]}), in the call's format and the caller's language, with the
 * code as the HTTP status. Nothing a client sends leads to a 5xx with a stack trace.
 */
@ControllerAdvice(assignableTypes = { GeoReportController.class, RequestsController.class, Open311Fallback.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311ErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(Open311ErrorAdvice.class);

	private final DocumentWriter writer;

	private final MessageSource messages;

	Open311ErrorAdvice(DocumentWriter writer, MessageSource messages) {
		this.writer = writer;
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<String> open311(Open311Error error, HttpServletRequest request) {
		return answer(request, error.status(), error.messageKey(), error.arguments());
	}

	@ExceptionHandler
	ResponseEntity<String> domain(DomainException error, HttpServletRequest request) {
		return answer(request, ApiProblems.statusOf(error.kind()), error.messageCode(), error.arguments());
	}

	@ExceptionHandler
	ResponseEntity<String> missing(MissingServletRequestParameterException error, HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, "open311.error.parameter.required", error.getParameterName());
	}

	@ExceptionHandler
	ResponseEntity<String> mismatch(MethodArgumentTypeMismatchException error, HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, "open311.error.parameter.invalid", error.getName());
	}

	@ExceptionHandler
	ResponseEntity<String> method(HttpRequestMethodNotSupportedException error, HttpServletRequest request) {
		return answer(request, HttpStatus.METHOD_NOT_ALLOWED, "open311.error.method", error.getMethod());
	}

	@ExceptionHandler
	ResponseEntity<String> mediaType(HttpMediaTypeNotSupportedException error, HttpServletRequest request) {
		return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "open311.error.form-encoded");
	}

	@ExceptionHandler
	ResponseEntity<String> unexpected(Exception error, HttpServletRequest request) {
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), error);
		return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, "open311.error.unexpected");
	}

	ResponseEntity<String> answer(HttpServletRequest request, HttpStatus status, String key, Object... arguments) {
		String description = messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", status.value());
		error.put("description", description);
		ResponseEntity<String> answer = writer.answer(status, Format.ofPath(request.getRequestURI()),
				Document.list("errors", "error", List.of(error)));
		return status == HttpStatus.TOO_MANY_REQUESTS
				? ResponseEntity.status(status).headers(answer.getHeaders()).header("Retry-After", "60").body(answer.getBody())
				: answer;
	}

}
