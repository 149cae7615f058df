package ru.vmeste.portal.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

import ru.vmeste.platform.web.ApiProblems;
import ru.vmeste.shared.DomainException;

/**
 * Shows a refused request to a person as a page in their language with the reason.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class HtmlExceptionAdvice {

	private final PortalErrorController errors;

	private final MessageSource messages;

	HtmlExceptionAdvice(PortalErrorController errors, MessageSource messages) {
		this.errors = errors;
		this.messages = messages;
	}

	@ExceptionHandler
	ModelAndView domain(DomainException ex, HttpServletResponse response, Locale locale) {
		HttpStatus status = ApiProblems.statusOf(ex.kind());
		response.setStatus(status.value());
		return errors.errorPage(status, messages.getMessage(ex.messageCode(), ex.arguments(), ex.messageCode(), locale),
				locale);
	}

	/** A form whose multipart body cannot be parsed (no boundary, cut short): 400, not 500. */
	@ExceptionHandler
	ModelAndView malformedMultipart(MultipartException ex, HttpServletResponse response, Locale locale) {
		if (ex instanceof MaxUploadSizeExceededException tooLarge) {
			return tooLarge(tooLarge, response, locale);
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return errors.errorPage(HttpStatus.BAD_REQUEST, messages.getMessage("problem.malformed-upload", null, locale), locale);
	}

	/** A parameter the security firewall refuses (control or unassigned characters in its name): 400. */
	@ExceptionHandler
	ModelAndView rejected(RequestRejectedException ex, HttpServletResponse response, Locale locale) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return errors.errorPage(HttpStatus.BAD_REQUEST, messages.getMessage("problem.rejected", null, locale), locale);
	}

	@ExceptionHandler
	ModelAndView tooLarge(MaxUploadSizeExceededException ex, HttpServletResponse response, Locale locale) {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		return errors.errorPage(HttpStatus.CONTENT_TOO_LARGE, messages.getMessage("problem.too-large", null, locale),
				locale);
	}

}
