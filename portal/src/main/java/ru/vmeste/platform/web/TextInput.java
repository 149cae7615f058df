package ru.vmeste.platform.web;

/**
 * The one rule for text the portal accepts from outside, whatever the channel (query and form
 * parameters, JSON strings, multipart file names): no control characters but tab, line feed
 * and carriage return. NUL in particular can never be stored in PostgreSQL, and the others are
 * only ever smuggling. Parameters and JSON with them are refused (400); file names, which are
 * cosmetic, are cleaned.
 */
public final class TextInput {

	private TextInput() {
	}

	/** Whether the text is free of forbidden control characters. */
	public static boolean isClean(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			if (isForbidden(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/** The text without its forbidden control characters. */
	public static String cleaned(String text) {
		if (isClean(text)) {
			return text;
		}
		StringBuilder clean = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isForbidden(c)) {
				clean.append(c);
			}
		}
		return clean.toString();
	}

	private static boolean isForbidden(char c) {
		return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
	}

}
