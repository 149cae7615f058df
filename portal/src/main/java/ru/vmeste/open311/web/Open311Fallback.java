package ru.vmeste.open311.web;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import ru.vmeste.open311.internal.Open311Error;

/**
 * Anything else under {@code /open311}: a call that does not exist (404), a call with a method it
 * does not take (405) or a format other than {@code .xml} or {@code .json} (400), answered in the
 * spec's error format rather than as a portal page.
 */
@Hidden
@Controller
@ResponseBody
class Open311Fallback {

	private static final String CALLS = "/open311/v2/(discovery|services|services/[^/]+|requests|requests/[^/]+|tokens/[^/]+|servicerequestupdates)";

	@RequestMapping({ "/open311", "/open311/**" })
	void unknown(HttpServletRequest request) {
		String path = request.getRequestURI();
		if (path.matches(CALLS + "\\.(json|xml)")) {
			throw new Open311Error(HttpStatus.METHOD_NOT_ALLOWED, "open311.error.method", request.getMethod());
		}
		if (path.matches(CALLS + "(\\.[^/.]*)?")) {
			throw Open311Error.badRequest("open311.error.format");
		}
		throw Open311Error.notFound("open311.error.call.unknown");
	}

}
