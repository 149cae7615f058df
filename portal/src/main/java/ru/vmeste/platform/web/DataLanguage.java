package ru.vmeste.platform.web;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The language of a value that comes from the data as it was entered (a programme, a funding
 * source, an attribute's value, an address), which has no translation: on a page in another
 * language such a value in Russian is marked {@code lang="ru"}, so that a screen reader reads it
 * in Russian and the page shows that it is the original. Templates call it as
 * {@code th:lang="${@dataLanguage.of(value)}"} (no attribute when the value is in the page's
 * language).
 */
@Component("dataLanguage")
public class DataLanguage {

	private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

	/** {@code "ru"} for a value in Cyrillic on a page that is not in Russian, else nothing. */
	public @Nullable String of(@Nullable Object value) {
		if (value == null || "ru".equals(LocaleContextHolder.getLocale().getLanguage())) {
			return null;
		}
		return CYRILLIC.matcher(value.toString()).find() ? "ru" : null;
	}

}
