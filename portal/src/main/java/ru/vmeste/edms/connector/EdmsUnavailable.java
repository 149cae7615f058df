package ru.vmeste.edms.connector;

/**
 * The EDMS could not be reached, timed out or failed as a whole (HTTP 5xx): try later, and
 * leave it alone until then.
 */
public class EdmsUnavailable extends RuntimeException {

	public EdmsUnavailable(String message, Throwable cause) {
		super(message, cause);
	}

	public EdmsUnavailable(String message) {
		super(message);
	}

}
