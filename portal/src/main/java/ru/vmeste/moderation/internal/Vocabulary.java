package ru.vmeste.moderation.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;

/**
 * Finds abusive words in a text however they are disguised: letter case, repeated letters
 * ("хууууй"), Latin look-alike letters and digits inside Cyrillic words ("xуй", "6лядь"),
 * Cyrillic look-alikes and leetspeak inside Latin words ("fuсk", "sh1t") and separators
 * between letters ("х.у.й", "f u c k"). The words are data: {@code moderation/*.txt}.
 */
public final class Vocabulary {

	/** An abusive word as it was written in the text, with its position. */
	public record Match(int start, int end, String fragment) {
	}

	private static final String RUSSIAN_PREFIXES = "на|наи|не|ни|по|пре|при|за|от|ото|вы|у|до|об|обо|раз|рас|с|со|под|подо"
			+ "|в|во|вз|вс|недо|пере|о|а|про|из|ис";

	private static final Pattern TOKEN = Pattern.compile("\\S+");

	private static final Pattern NOT_CYRILLIC = Pattern.compile("[^а-я]+");

	private static final Pattern NOT_LATIN = Pattern.compile("[^a-z]+");

	private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}@$!]");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Map<Character, Character> TO_CYRILLIC = pairs("aаbвcсeеhнkкmмoоpрtтxхyуuиrг3з0о6б4ч@а");

	private static final Map<Character, Character> TO_LATIN = pairs("аaвbеeкkмmнhоoрpсcтtуyхxьb0o1i3e4a5s7t@a$s!i");

	private final WordList russian;

	private final WordList latin;

	private Vocabulary(WordList russian, WordList latin) {
		this.russian = russian;
		this.latin = latin;
	}

	/** The portal's lists: profanity and taboo words, Russian and English. */
	public static Vocabulary standard() {
		return new Vocabulary(WordList.of(lines("moderation/profanity-ru.txt", "moderation/taboo-ru.txt")),
				WordList.of(lines("moderation/profanity-en.txt", "moderation/taboo-en.txt")));
	}

	public List<Match> find(String text) {
		Map<Integer, Match> found = new LinkedHashMap<>();
		List<Match> singleLetters = new ArrayList<>();
		Matcher token = TOKEN.matcher(text);
		while (token.find()) {
			String word = token.group();
			if (isAbusive(word)) {
				found.putIfAbsent(token.start(), new Match(token.start(), token.end(), word));
			}
			if (letters(word).length() == 1) {
				singleLetters.add(new Match(token.start(), token.end(), word));
				continue;
			}
			checkSpelledOut(text, singleLetters, found);
			singleLetters.clear();
		}
		checkSpelledOut(text, singleLetters, found);
		return found.values().stream().sorted(Comparator.comparingInt(Match::start)).toList();
	}

	/** Letters typed one by one with spaces between them: "х у й", "f u c k". */
	private void checkSpelledOut(String text, List<Match> run, Map<Integer, Match> found) {
		if (run.size() < 3) {
			return;
		}
		int start = run.getFirst().start();
		int end = run.getLast().end();
		if (isAbusive(SPACES.matcher(text.substring(start, end)).replaceAll(""))) {
			found.putIfAbsent(start, new Match(start, end, text.substring(start, end)));
		}
	}

	private boolean isAbusive(String token) {
		String word = token.toLowerCase(Locale.ROOT).replace('ё', 'е');
		boolean cyrillic = word.chars().anyMatch(c -> c >= 'а' && c <= 'я');
		boolean latinLetters = word.chars().anyMatch(c -> c >= 'a' && c <= 'z');
		if (cyrillic && russian.matchesAnyPart(map(word, TO_CYRILLIC), NOT_CYRILLIC)) {
			return true;
		}
		return latinLetters && latin.matchesAnyPart(map(word, TO_LATIN), NOT_LATIN);
	}

	private static String letters(String token) {
		return NOT_A_LETTER.matcher(token).replaceAll("");
	}

	private static String map(String word, Map<Character, Character> lookAlikes) {
		StringBuilder mapped = new StringBuilder(word.length());
		for (char c : word.toCharArray()) {
			mapped.append(lookAlikes.getOrDefault(c, c));
		}
		return mapped.toString();
	}

	private static Map<Character, Character> pairs(String pairs) {
		Map<Character, Character> map = new LinkedHashMap<>();
		for (int i = 0; i + 1 < pairs.length(); i += 2) {
			map.put(pairs.charAt(i), pairs.charAt(i + 1));
		}
		return Map.copyOf(map);
	}

	private static List<String> lines(String... resources) {
		List<String> lines = new ArrayList<>();
		for (String resource : resources) {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
				reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(lines::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return lines;
	}

	/** The patterns of one alphabet, compiled into three regular expressions. */
	private record WordList(Pattern exact, Pattern root, Pattern part) {

		static WordList of(List<String> patterns) {
			List<String> exact = new ArrayList<>();
			List<String> roots = new ArrayList<>();
			List<String> parts = new ArrayList<>();
			for (String pattern : patterns) {
				String word = pattern.replace("*", "").replace('ё', 'е');
				if (pattern.startsWith("*")) {
					parts.add(repeatable(word));
				}
				else if (pattern.endsWith("*")) {
					roots.add(repeatable(word));
				}
				else {
					exact.add(repeatable(word));
				}
			}
			String prefixes = "(?:" + String.join("|", Arrays.stream(RUSSIAN_PREFIXES.split("\\|"))
				.map(WordList::repeatable)
				.toList()) + ")?ъ?";
			return new WordList(Pattern.compile("(?:" + String.join("|", exact) + ")"),
					Pattern.compile(prefixes + "(?:" + String.join("|", roots) + ").*"),
					Pattern.compile(".*(?:" + String.join("|", parts) + ").*"));
		}

		/** Each letter may be typed several times: "х+у+й+". */
		private static String repeatable(String word) {
			StringBuilder regex = new StringBuilder();
			for (char c : word.toCharArray()) {
				regex.append(Pattern.quote(String.valueOf(c))).append('+');
			}
			return regex.toString();
		}

		/** Whether the word with separators dropped, or any of the pieces between separators, is on the list. */
		boolean matchesAnyPart(String word, Pattern separators) {
			if (matches(separators.matcher(word).replaceAll(""))) {
				return true;
			}
			for (String piece : separators.split(word)) {
				if (!piece.isEmpty() && matches(piece)) {
					return true;
				}
			}
			return false;
		}

		private boolean matches(String word) {
			return !word.isEmpty()
					&& (exact.matcher(word).matches() || root.matcher(word).matches() || part.matcher(word).matches());
		}

	}

}
