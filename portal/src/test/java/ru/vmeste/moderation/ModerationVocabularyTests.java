package ru.vmeste.moderation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;

import ru.vmeste.moderation.internal.SpamSignals;
import ru.vmeste.moderation.internal.SpamSignals.Reason;
import ru.vmeste.moderation.internal.Vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The automatic text checks: disguised abuse is caught, ordinary civic text is left alone.
 */
class ModerationVocabularyTests {

	private final Vocabulary vocabulary = Vocabulary.standard();

	@Test
	void catchesEveryDisguisedRussianAndEnglishAbuse() throws IOException {
		for (String abuse : lines("moderation/abuse.txt")) {
			assertThat(vocabulary.find("Прошу разобраться: " + abuse + " — так нельзя."))
				.as("abuse \"%s\"", abuse)
				.extracting(Vocabulary.Match::fragment)
				.containsExactly(abuse.replaceFirst("^НА ", ""));
		}
	}

	@Test
	void answersForWordsItHasJudgedBeforeAsANewVocabularyDoes() throws IOException {
		List<String> texts = new ArrayList<>(lines("moderation/abuse.txt"));
		texts.addAll(lines("moderation/civic-ru.txt"));
		texts.addAll(lines("moderation/civic-en.txt"));
		Vocabulary warmed = Vocabulary.standard();
		texts.forEach(warmed::find);
		for (String text : texts) {
			assertThat(warmed.find(text)).as(text).isEqualTo(Vocabulary.standard().find(text));
		}
	}

	@Test
	void findsNothingInOrdinaryCivicRussianText() throws IOException {
		for (String line : lines("moderation/civic-ru.txt")) {
			assertThat(vocabulary.find(line)).as(line).isEmpty();
		}
	}

	@Test
	void findsNothingInOrdinaryCivicEnglishText() throws IOException {
		for (String line : lines("moderation/civic-en.txt")) {
			assertThat(vocabulary.find(line)).as(line).isEmpty();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "застрахованный", "подстраховать", "страхуем", "застрахуйте", "страхуя", "хлеба", "небо",
			"себе", "тебе", "учеба", "ребенок", "требование", "колебаться", "рубля", "употреблять", "оскорблять",
			"корабля", "мандарин", "командир", "сукно", "сук", "мудрый", "немудрено", "трахея", "херувим", "жидкость",
			"похуже", "похудеть", "наблюдать", "Себастьян", "подъезд", "переезд", "class", "assessment", "Scunthorpe",
			"cocktail", "document", "Dickens", "обладать", "обладатель", "веб-сайт", "вебинар", "себестоимость",
			"сучок", "сучком", "сучков", "гавань", "дерматолог", "срамота", "сразу", "сравнение", "срабатывать", "сруб",
			"жор", "Пушкин", "передергивать", "сукровица", "засученными", "засучив" })
	void leavesOrdinaryWordsWithAbusiveLettersInsideAlone(String word) {
		assertThat(vocabulary.find(word)).isEmpty();
	}

	@Test
	void pointsAtTheAbusiveWordsSoModeratorsSeeThemHighlighted() {
		String text = "Яма на дороге, бл*ть, уже месяц: блять, сколько можно, х у й знает когда починят";
		assertThat(vocabulary.find(text)).extracting(Vocabulary.Match::fragment).containsExactly("блять,", "х у й");
		Vocabulary.Match first = vocabulary.find(text).getFirst();
		assertThat(text.substring(first.start(), first.end())).isEqualTo("блять,");
	}

	@Test
	void flagsLinksPhoneFloodingAndRepetitionAsSpam() {
		assertThat(SpamSignals.in("Дешёвые окна на www.okna-perm.ru звоните")).containsExactly(Reason.LINKS);
		assertThat(SpamSignals.in("Звоните +7 (342) 200-00-01 или 8 912 345 67 89")).containsExactly(Reason.PHONE_NUMBERS);
		assertThat(SpamSignals.in("яма яма яма яма яма на дороге")).containsExactly(Reason.REPETITION);
		assertThat(SpamSignals.in("Почините!!!!!!!!!!!!")).containsExactly(Reason.REPETITION);
	}

	@Test
	void findsNoSpamInAnOrdinaryReportWithOneContactNumber() {
		assertThat(SpamSignals.in("Яма на улице Ленина у дома 50, глубина около 20 см. Мой телефон для уточнений "
				+ "8 912 345 67 89. Просим устранить до 01.10.2026.")).isEmpty();
	}

	private static List<String> lines(String resource) throws IOException {
		return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8)
			.lines()
			.filter(line -> !line.isBlank())
			.toList();
	}

}
