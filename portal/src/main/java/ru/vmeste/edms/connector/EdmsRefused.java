package ru.vmeste.edms.connector;

/**
 * The EDMS answered but refused this message (HTTP 4xx, or an answer the portal cannot use):
 * the message is retried on its own and becomes a dead letter if it keeps failing.
 */
public class EdmsRefused extends RuntimeException {

	public EdmsRefused(String message) {
		super(message);
	}

}
