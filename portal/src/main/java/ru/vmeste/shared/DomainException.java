package ru.vmeste.shared;

import org.jspecify.annotations.Nullable;

/**
 * A rule of the domain refused a request. The message is a key into the message bundles so
 * the web layer can explain it in the resident's language; the kind picks the HTTP status.
 */
public class DomainException extends RuntimeException {

	/**
	 * What kind of refusal this is; each maps to one HTTP status.
	 */
	public enum Kind {

		INVALID, UNAUTHORIZED, NOT_FOUND, FORBIDDEN, CONFLICT, TOO_MANY_REQUESTS,
		/** The request could not be served now; trying again later may succeed. */
		UNAVAILABLE

	}

	private final Kind kind;

	private final String messageCode;

	private final transient Object[] arguments;

	private @Nullable String field;

	public DomainException(Kind kind, String messageCode, Object... arguments) {
		super(messageCode);
		this.kind = kind;
		this.messageCode = messageCode;
		this.arguments = arguments.clone();
	}

	/** An input the caller sent is refused: the API names it in the problem's {@code errors}. */
	public static DomainException invalidInput(String field, String messageCode, Object... arguments) {
		DomainException invalid = new DomainException(Kind.INVALID, messageCode, arguments);
		invalid.field = field;
		return invalid;
	}

	public static DomainException notFound(String messageCode, Object... arguments) {
		return new DomainException(Kind.NOT_FOUND, messageCode, arguments);
	}

	public static DomainException invalid(String messageCode, Object... arguments) {
		return new DomainException(Kind.INVALID, messageCode, arguments);
	}

	public static DomainException forbidden(String messageCode, Object... arguments) {
		return new DomainException(Kind.FORBIDDEN, messageCode, arguments);
	}

	public static DomainException conflict(String messageCode, Object... arguments) {
		return new DomainException(Kind.CONFLICT, messageCode, arguments);
	}

	public Kind kind() {
		return kind;
	}

	public String messageCode() {
		return messageCode;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	/** The input refused, when one is to blame. */
	public @Nullable String field() {
		return field;
	}

}
