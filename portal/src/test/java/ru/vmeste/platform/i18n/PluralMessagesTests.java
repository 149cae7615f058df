package ru.vmeste.platform.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import com.ibm.icu.text.MessageFormat;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts in Russian and English take their CLDR plural form (1, 2, 5, 11, 21, 24), and every
 * message with arguments in every bundle is a valid ICU message format.
 */
class PluralMessagesTests {

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

	private static final Locale RU = Locale.forLanguageTag("ru");

	private final MessageSource messages = new ModuleMessagesConfiguration().messageSource();

	@Test
	void russianCountsTakeTheirPluralForm() {
		assertThat(List.of(1, 2, 5, 11, 21, 24).stream().map(n -> n + " " + text("identity.figure.residents", RU, n)))
			.containsExactly("1 зарегистрированный житель", "2 зарегистрированных жителя", "5 зарегистрированных жителей",
					"11 зарегистрированных жителей", "21 зарегистрированный житель", "24 зарегистрированных жителя");
		assertThat(List.of(1, 2, 5, 11, 21, 24).stream().map(n -> n + " " + text("voting.figure.open", RU, n)))
			.containsExactly("1 голосование идёт сейчас", "2 голосования идут сейчас", "5 голосований идёт сейчас",
					"11 голосований идёт сейчас", "21 голосование идёт сейчас", "24 голосования идут сейчас");
		assertThat(List.of(1, 2, 5, 11, 21, 24).stream().map(n -> n + " " + text("voting.results.ballots", RU, n)))
			.containsExactly("1 бюллетень", "2 бюллетеня", "5 бюллетеней", "11 бюллетеней", "21 бюллетень",
					"24 бюллетеня");
		assertThat(text("reports.photos.too-many", RU, 21)).isEqualTo("Не более 21 фотографии к обращению.");
		assertThat(text("reports.photos.too-many", RU, 5)).isEqualTo("Не более 5 фотографий к обращению.");
		assertThat(text("works.timeliness.OVERDUE", RU, 2)).isEqualTo("Срок просрочен на 2 дня");
		assertThat(text("works.timeliness.OVERDUE", RU, 11)).isEqualTo("Срок просрочен на 11 дней");
	}

	@Test
	void englishCountsTakeTheirPluralForm() {
		assertThat(List.of(1, 2, 5, 11, 21, 24).stream().map(n -> n + " " + text("voting.results.ballots", Locale.ENGLISH, n)))
			.containsExactly("1 ballot", "2 ballots", "5 ballots", "11 ballots", "21 ballots", "24 ballots");
		assertThat(text("identity.figure.residents", Locale.ENGLISH, 1)).isEqualTo("registered resident");
		assertThat(text("identity.figure.residents", Locale.ENGLISH, 21)).isEqualTo("registered residents");
		assertThat(text("works.timeliness.OVERDUE", Locale.ENGLISH, 1)).isEqualTo("Overdue by 1 day");
		assertThat(text("works.timeliness.OVERDUE", Locale.ENGLISH, 24)).isEqualTo("Overdue by 24 days");
	}

	@Test
	void otherArgumentsReadAsBefore() {
		assertThat(text("mail.appeal-status.ANSWERED", RU, 12345L)).isEqualTo("На обращение № 12345 дан ответ.");
		assertThat(text("common.page-of", Locale.ENGLISH, 2, 7)).isEqualTo("Page 2 of 7");
		assertThat(text("works.timeline.label", RU, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1)))
			.contains("2026-05-01").contains("2026-06-01");
		assertThat(messages.getMessage("portal.name", null, RU)).isNotBlank();
	}

	@Test
	void everyMessageIsAValidIcuFormat() throws IOException {
		List<String> broken = new ArrayList<>();
		for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
			Properties properties = new Properties();
			try (var reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			properties.forEach((key, pattern) -> {
				if (!ARGUMENT.matcher((String) pattern).find()) {
					return; // shown as written, never formatted
				}
				try {
					new MessageFormat((String) pattern, RU);
				}
				catch (IllegalArgumentException ex) {
					broken.add(bundle.getFilename() + ": " + key + " (" + ex.getMessage() + ")");
				}
			});
		}
		assertThat(broken).isEmpty();
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
