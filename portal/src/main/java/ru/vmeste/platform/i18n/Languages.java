package ru.vmeste.platform.i18n;

import java.util.Locale;
import java.util.Set;

/**
 * The languages the portal speaks: its pages, mails and API answers exist in these, Russian
 * first.
 */
public final class Languages {

	/** Russian, the portal's language wherever nothing else is asked for. */
	public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	/** The language codes the portal speaks. */
	public static final Set<String> SUPPORTED = Set.of("ru", "en");

	private Languages() {
	}

	/** Whether the locale is exactly one of the portal's languages (no country, script or variant). */
	public static boolean isSpoken(Locale locale) {
		return SUPPORTED.contains(locale.getLanguage()) && locale.equals(Locale.forLanguageTag(locale.getLanguage()));
	}

}
