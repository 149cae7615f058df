package ru.vmeste.platform.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every module ships its own message bundle as {@code i18n/<module>.properties} (English)
 * and {@code i18n/<module>_ru.properties} (Russian); this collects all of them into the one
 * message source that Thymeleaf, Bean Validation and the error handlers use. Counts take their
 * plural form through ICU message formats ({@link IcuMessageSource}).
 */
@Configuration(proxyBeanMethods = false)
class ModuleMessagesConfiguration {

	@Bean
	MessageSource messageSource() {
		IcuMessageSource messages = new IcuMessageSource();
		messages.setBasenames(moduleBundles());
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setCacheMillis(-1);
		return messages;
	}

	private static String[] moduleBundles() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
			TreeSet<String> basenames = new TreeSet<>();
			Arrays.stream(files)
				.map(Resource::getFilename)
				.filter(Objects::nonNull)
				.map(name -> name.replaceFirst("(_[a-z]{2}(_[A-Z]{2})?)?\\.properties$", ""))
				.forEach(name -> basenames.add("classpath:i18n/" + name));
			return basenames.toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
