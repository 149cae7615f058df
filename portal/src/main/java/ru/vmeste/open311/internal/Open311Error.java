package ru.vmeste.open311.internal;

import org.springframework.http.HttpStatus;

/**
 * A request Open311 refuses, answered in the GeoReport error format with the status and a
 * description in the caller's language (the message key and its arguments).
 */
public class Open311Error extends RuntimeException {

	private final HttpStatus status;

	private final transient Object[] arguments;

	public Open311Error(HttpStatus status, String messageKey, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.arguments = arguments.clone();
	}

	public static Open311Error badRequest(String messageKey, Object... arguments) {
		return new Open311Error(HttpStatus.BAD_REQUEST, messageKey, arguments);
	}

	public static Open311Error notFound(String messageKey, Object... arguments) {
		return new Open311Error(HttpStatus.NOT_FOUND, messageKey, arguments);
	}

	public HttpStatus status() {
		return status;
	}

	public String messageKey() {
		return getMessage();
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
