package ru.vmeste.portal.web;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import ru.vmeste.platform.web.ApiProblems;

/**
 * Errors that no controller handled (unknown paths, failures in filters, crashes): a friendly
 * page in the visitor's language, or problem+json for API paths and non-browser clients.
 * Never a stack trace.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class PortalErrorController implements ErrorController {

	static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	private final ApiProblems problems;

	private final MessageSource messages;

	PortalErrorController(ApiProblems problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	Object page(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		if (isApi(request)) {
			return problem(request, locale);
		}
		HttpStatus status = status(request);
		response.setStatus(status.value());
		return errorPage(status, messages.getMessage("error." + status.value() + ".message", null,
				messages.getMessage("error.default.message", null, locale), locale), locale);
	}

	@RequestMapping
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request, Locale locale) {
		HttpStatus status = status(request);
		ProblemDetail problem = problems.of(status, "error." + status.value() + ".message", locale);
		if (problem.getDetail() != null && problem.getDetail().startsWith("error.")) {
			problem.setDetail(messages.getMessage("error.default.message", null, locale));
		}
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
			problem.setInstance(URI.create(uri));
		}
		return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(problem);
	}

	ModelAndView errorPage(HttpStatus status, String message, Locale locale) {
		ModelAndView page = new ModelAndView("error/error", status);
		page.addObject("status", status.value());
		page.addObject("errorTitle", problems.title(status, locale));
		page.addObject("message", message);
		return page;
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri instanceof String path && (path.startsWith("/api/") || path.startsWith("/open311/"));
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

}
