package ru.vmeste.platform.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import ru.vmeste.shared.DomainException;

/**
 * Turns every exception a REST controller throws into {@code application/problem+json} in
 * the caller's language; validation problems list their fields. Nothing leaks a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionAdvice.class);

	private final ApiProblems problems;

	ApiExceptionAdvice(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> domain(DomainException ex) {
		ProblemDetail problem = problems.of(ex, locale());
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
		List<ApiProblems.FieldError> errors = ex.getConstraintViolations()
			.stream()
			.map(violation -> new ApiProblems.FieldError(leaf(violation.getPropertyPath().toString()),
					violation.getMessage()))
			.toList();
		return ResponseEntity.badRequest().body(problems.invalid(errors, locale()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException ex) {
		log.debug("Bad argument", ex);
		return ResponseEntity.badRequest().body(problems.of(HttpStatus.BAD_REQUEST, "problem.bad-argument", locale()));
	}

	/** A multipart body that cannot be parsed (no boundary, cut short) is the caller's mistake. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> malformedMultipart(MultipartException ex) {
		log.debug("Malformed multipart body", ex);
		return ResponseEntity.badRequest()
			.body(problems.of(HttpStatus.BAD_REQUEST, "problem.malformed-upload", locale()));
	}

	/**
	 * A parameter the security firewall refuses (a name with control or unassigned characters),
	 * found when the controller reads its parameters: the caller's mistake.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> rejected(RequestRejectedException ex) {
		log.debug("Request rejected", ex);
		return ResponseEntity.badRequest().body(problems.of(HttpStatus.BAD_REQUEST, "problem.rejected", locale()));
	}

	/** Security exceptions are answered by the security filters, which know the scheme. */
	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void security(RuntimeException ex) {
		throw ex;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		if (DatabaseOutage.isCauseOf(ex)) {
			log.warn("Database unreachable: {} {} answered 503", request.getMethod(), request.getRequestURI());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS))
				.body(problems.of(HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable", locale()));
		}
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return ResponseEntity.internalServerError()
			.body(problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "problem.unexpected", locale()));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(problems.invalid(fieldErrors(ex), locale()));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<ApiProblems.FieldError> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new ApiProblems.FieldError(result.getMethodParameter().getParameterName(),
						getMessageSource() == null ? String.valueOf(error.getDefaultMessage())
								: getMessageSource().getMessage(error, locale()))))
			.toList();
		return ResponseEntity.badRequest().body(problems.invalid(errors, locale()));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
				: String.valueOf(ex.getPropertyName());
		String message = getMessageSource() == null ? "Invalid value"
				: getMessageSource().getMessage("problem.type-mismatch", new Object[] { ex.getValue() }, locale());
		return ResponseEntity.badRequest()
			.body(problems.invalid(List.of(new ApiProblems.FieldError(field, message)), locale()));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "problem.unreadable", locale());
		String field = jsonPath(ex);
		if (field != null) {
			// a value of the wrong kind (a bad enum, a non-UUID, text for a number): name the field
			String message = getMessageSource() == null ? String.valueOf(problem.getDetail())
					: getMessageSource().getMessage("problem.field-unreadable", null, String.valueOf(problem.getDetail()),
							locale());
			problem.setProperty("errors", List.of(new ApiProblems.FieldError(field, message)));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String message = getMessageSource() == null ? "Required"
				: getMessageSource().getMessage("problem.parameter-missing", new Object[] { ex.getParameterName() },
						"Required", locale());
		return ResponseEntity.badRequest()
			.body(problems.invalid(List.of(new ApiProblems.FieldError(ex.getParameterName(), message)), locale()));
	}

	/** The JSON property a body could not be read at ({@code options[0].id}), if Jackson says. */
	private static @Nullable String jsonPath(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
				StringBuilder path = new StringBuilder();
				for (JacksonException.Reference reference : databind.getPath()) {
					if (reference.getPropertyName() != null) {
						path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
					}
					else if (reference.getIndex() >= 0) {
						path.append('[').append(reference.getIndex()).append(']');
					}
				}
				return path.isEmpty() ? null : path.toString();
			}
		}
		return null;
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(problems.of(HttpStatus.CONTENT_TOO_LARGE, "problem.too-large", locale()));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			problem.setTitle(problems.title(statusCode, locale()));
			if (request instanceof ServletWebRequest servlet) {
				problem.setInstance(ApiProblems.instance(servlet.getRequest().getRequestURI()));
			}
			ApiProblems.withErrors(problem);
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private List<ApiProblems.FieldError> fieldErrors(BindException ex) {
		Locale locale = locale();
		return ex.getBindingResult()
			.getAllErrors()
			.stream()
			.map(error -> new ApiProblems.FieldError(
					error instanceof org.springframework.validation.FieldError field ? field.getField()
							: error.getObjectName(),
					message(error, locale)))
			.toList();
	}

	/**
	 * A validation message, or for a value of the wrong kind bound to a filter object (a text for
	 * an enum or a number) the same plain message as a single parameter's, never the converter's
	 * exception text.
	 */
	private String message(org.springframework.validation.ObjectError error, Locale locale) {
		if (getMessageSource() == null) {
			return "Invalid value";
		}
		if (error instanceof org.springframework.validation.FieldError field && field.isBindingFailure()) {
			return getMessageSource().getMessage("problem.type-mismatch", new Object[] { field.getRejectedValue() }, locale);
		}
		return getMessageSource().getMessage(error, locale);
	}

	private static String leaf(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
