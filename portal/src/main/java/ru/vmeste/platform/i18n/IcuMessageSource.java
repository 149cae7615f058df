package ru.vmeste.platform.i18n;

import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The module bundles, with messages that take arguments formatted by ICU's
 * {@link MessageFormat} instead of the JDK's: a count then picks its form by the CLDR plural
 * rules of the language, e.g. {@code {0, plural, one{# житель} few{# жителя} many{# жителей}
 * other{# жителя}}} gives "1 житель", "2 жителя", "5 жителей", "21 житель". Everything else
 * ({@code {0}}, {@code {0,number,#}}, {@code ''} for an apostrophe, java.time values) reads as
 * before; messages without arguments are returned as they are written.
 */
class IcuMessageSource extends ReloadableResourceBundleMessageSource {

	private final Map<String, Map<Locale, MessageFormat>> formats = new ConcurrentHashMap<>();

	@Override
	protected @Nullable String getMessageInternal(@Nullable String code, Object @Nullable [] args, @Nullable Locale locale) {
		if (code == null || ObjectUtils.isEmpty(args)) {
			return super.getMessageInternal(code, args, locale);
		}
		Locale language = (locale != null) ? locale : Locale.ENGLISH;
		String pattern = resolveCodeWithoutArguments(code, language);
		if (pattern == null) {
			return super.getMessageInternal(code, args, locale);
		}
		MessageFormat format = formats.computeIfAbsent(pattern, key -> new ConcurrentHashMap<>())
			.computeIfAbsent(language, key -> new MessageFormat(pattern, key));
		Object[] resolved = resolveArguments(args, language);
		for (int i = 0; i < resolved.length; i++) {
			// ICU would format java.time values as date-times; the JDK's format (and every page) shows them as they print
			if (resolved[i] instanceof TemporalAccessor temporal) {
				resolved[i] = temporal.toString();
			}
		}
		synchronized (format) {
			return format.format(resolved);
		}
	}

}
