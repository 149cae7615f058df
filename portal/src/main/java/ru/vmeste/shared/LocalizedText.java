package ru.vmeste.shared;

import java.util.Locale;

/**
 * A text kept in Russian and English; Russian is the portal's default language.
 */
public record LocalizedText(String ru, String en) {

	public LocalizedText {
		if (ru == null || ru.isBlank()) {
			throw new IllegalArgumentException("The Russian text is required");
		}
		en = en == null || en.isBlank() ? ru : en;
	}

	public String in(Locale locale) {
		return "en".equals(locale.getLanguage()) ? en : ru;
	}

}
