package ru.vmeste.platform.web;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A value of the data in Russian is marked as Russian on a page in another language, and only there.
 */
class DataLanguageTests {

	private final DataLanguage language = new DataLanguage();

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void russianDataOnAnEnglishPageIsMarkedRussian() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(language.of("Безопасные качественные дороги")).isEqualTo("ru");
		assertThat(language.of("ул. Ленина, 50")).isEqualTo("ru");
		assertThat(language.of("Lenina St, 50")).isNull();
		assertThat(language.of("12")).isNull();
		assertThat(language.of(null)).isNull();
	}

	@Test
	void onARussianPageNothingIsMarked() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
		assertThat(language.of("Безопасные качественные дороги")).isNull();
	}

}
