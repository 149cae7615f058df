package ru.vmeste.moderation.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.core.io.ClassPathResource;

/**
 * Finds abusive words in a text however they are disguised: letter case, repeated letters
 * ("хууууй"), Latin look-alike letters and digits inside Cyrillic words ("xуй", "6лядь"),
 * Cyrillic look-alikes and leetspeak inside Latin words ("fuсk", "sh1t") and separators
 * between letters ("х.у.й", "f u c k"). "ё" and "е" are one letter everywhere. Roots match
 * after a Russian prefix, with the hard sign a prefix ending in a consonant takes before
 * "е"/"ю"/"я" ("съеб…", but not "себе" or "веб"). The built-in words are data
 * ({@code moderation/*.txt}); moderators add words, switch built-in ones off and allow words
 * that must never be flagged ({@link ModerationVocabulary}). A vocabulary remembers its verdict on
 * the words it was last asked about: most words of a city's texts recur, and a word's regular
 * expressions cost some microseconds.
 */
public final class Vocabulary {

	/** An abusive word as it was written in the text, with its position. */
	public record Match(int start, int end, String fragment) {
	}

	/** Russian prefixes ending in a vowel: a root follows them directly ("наеб…", "похуй"). */
	private static final String VOWEL_PREFIXES = "на|наи|не|ни|по|пре|при|за|ото|вы|у|до|обо|со|подо|во|недо"
			+ "|пере|о|а|про";

	/** Russian prefixes ending in a consonant: before "е", "ю", "я" they take "ъ" ("съеб…", "разъеб…"). */
	private static final String CONSONANT_PREFIXES = "от|об|раз|рас|с|под|в|вз|вс|из|ис";

	private static final String BUILT_IN = "moderation/profanity-ru.txt,moderation/taboo-ru.txt,"
			+ "moderation/profanity-en.txt,moderation/taboo-en.txt";

	private static final Pattern TOKEN = Pattern.compile("\\S+");

	private static final Pattern NOT_CYRILLIC = Pattern.compile("[^а-я]+");

	private static final Pattern NOT_LATIN = Pattern.compile("[^a-z]+");

	private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}@$!]");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Map<Character, Character> TO_CYRILLIC = pairs("aаbвcсeеhнkкmмoоpрtтxхyуuиrг3з0о6б4ч@а1и");

	private static final Map<Character, Character> TO_LATIN = pairs("аaвbеeкkмmнhоoрpсcтtуyхxьb0o1i3e4a5s7t@a$s!i");

	/** How many words' verdicts a vocabulary keeps, and the longest word kept (a few megabytes at most). */
	private static final int VERDICTS_KEPT = 20_000;

	private static final int LONGEST_KEPT = 40;

	private final WordList russian;

	private final WordList latin;

	private final Set<String> allowed;

	private final Cache<String, Boolean> verdicts = Caffeine.newBuilder().maximumSize(VERDICTS_KEPT).build();

	private Vocabulary(WordList russian, WordList latin, Set<String> allowed) {
		this.russian = russian;
		this.latin = latin;
		this.allowed = allowed;
	}

	/** The built-in lists alone: profanity and taboo words, Russian and English. */
	public static Vocabulary standard() {
		return of(builtIn(), Set.of());
	}

	/**
	 * A vocabulary of patterns ({@code root*}, {@code *part*} or an exact word, see
	 * {@code moderation/profanity-ru.txt}) and words never flagged; each pattern goes to the
	 * list of its alphabet.
	 */
	public static Vocabulary of(Collection<String> patterns, Collection<String> allowed) {
		List<String> russian = new ArrayList<>();
		List<String> latin = new ArrayList<>();
		for (String pattern : patterns) {
			String normalized = normalized(pattern);
			(normalized.chars().anyMatch(c -> c >= 'а' && c <= 'я') ? russian : latin).add(normalized);
		}
		return new Vocabulary(WordList.of(russian), WordList.of(latin),
				allowed.stream().map(Vocabulary::normalized).collect(Collectors.toUnmodifiableSet()));
	}

	/** The built-in patterns, in the order of their files. */
	public static List<String> builtIn() {
		return lines(BUILT_IN.split(","));
	}

	/** Lower case, "ё" as "е": how patterns, allowed words and texts are compared. */
	public static String normalized(String word) {
		return word.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
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
		String word = normalized(token);
		return word.length() > LONGEST_KEPT ? judged(word) : verdicts.get(word, this::judged);
	}

	private boolean judged(String word) {
		if (!allowed.isEmpty() && allowed.contains(letters(word))) {
			return false;
		}
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
	private record WordList(Pattern exact, Pattern root, Pattern iotatedRoot, Pattern part) {

		static WordList of(List<String> patterns) {
			List<String> exact = new ArrayList<>();
			List<String> roots = new ArrayList<>();
			List<String> iotatedRoots = new ArrayList<>();
			List<String> parts = new ArrayList<>();
			for (String pattern : patterns) {
				String word = pattern.replace("*", "");
				if (word.isEmpty()) {
					continue;
				}
				if (pattern.startsWith("*")) {
					parts.add(repeatable(word));
				}
				else if (pattern.endsWith("*")) {
					("еюя".indexOf(word.charAt(0)) >= 0 ? iotatedRoots : roots).add(repeatable(word));
				}
				else {
					exact.add(repeatable(word));
				}
			}
			String vowelPrefixes = alternatives(VOWEL_PREFIXES);
			String consonantPrefixes = alternatives(CONSONANT_PREFIXES);
			return new WordList(pattern(exact, "", ""),
					pattern(roots, "(?:" + vowelPrefixes + "|" + consonantPrefixes + ")?", ".*"),
					pattern(iotatedRoots, "(?:" + vowelPrefixes + "|(?:" + consonantPrefixes + ")[ъь]+)?", ".*"),
					pattern(parts, ".*", ".*"));
		}

		private static String alternatives(String prefixes) {
			return String.join("|", Arrays.stream(prefixes.split("\\|")).map(WordList::repeatable).toList());
		}

		/** One alternation of the patterns between a head and a tail; nothing matches an empty list. */
		private static Pattern pattern(List<String> words, String head, String tail) {
			return words.isEmpty() ? Pattern.compile("(?!)") : Pattern.compile(head + "(?:" + String.join("|", words) + ")" + tail);
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
			return !word.isEmpty() && (exact.matcher(word).matches() || root.matcher(word).matches()
					|| iotatedRoot.matcher(word).matches() || part.matcher(word).matches());
		}

	}

}
