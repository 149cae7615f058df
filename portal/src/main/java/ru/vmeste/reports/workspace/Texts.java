package ru.vmeste.reports.workspace;

import org.jspecify.annotations.Nullable;

import ru.vmeste.shared.DomainException;

/**
 * The rule for texts officials and residents write in the workspace: not blank, not too long.
 */
public final class Texts {

	private Texts() {
	}

	/** The stripped text; refused when blank or longer than {@code max}. */
	public static String required(@Nullable String text, int max) {
		String stripped = text == null ? "" : text.strip();
		if (stripped.isEmpty()) {
			throw DomainException.invalid("reports.case.text.required");
		}
		if (stripped.length() > max) {
			throw DomainException.invalid("reports.case.text.too-long", max);
		}
		return stripped;
	}

	public static @Nullable String optional(@Nullable String text, int max) {
		return text == null || text.isBlank() ? null : required(text, max);
	}

}
