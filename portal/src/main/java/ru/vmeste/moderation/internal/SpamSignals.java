package ru.vmeste.moderation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs in a text alone that it is advertising or flooding rather than a resident's report:
 * links, several phone numbers, and the same word or letter over and over. Signs that need
 * the author's history (the same text again, too many texts an hour) are added by the queue.
 */
public final class SpamSignals {

	/** Why a text looks like spam. */
	public enum Reason {

		LINKS, PHONE_NUMBERS, REPETITION, REPEATED_TEXT, SUBMISSION_RATE

	}

	private static final Pattern LINK = Pattern.compile(
			"(?iu)(?:https?://|www\\.)\\S+|\\b[\\p{L}0-9-]+\\.(?:ru|рф|com|net|org|su|info|biz|io|me|xyz|top|online|site|shop|pro)\\b");

	private static final Pattern PHONE = Pattern.compile("(?:\\+7|\\b8)[\\s(.-]*\\d{3}[\\s).-]*\\d{3}[\\s.-]*\\d{2}[\\s.-]*\\d{2}\\b");

	private static final Pattern SAME_CHARACTER = Pattern.compile("(\\S)\\1{9,}");

	private static final Pattern WORD = Pattern.compile("[^\\p{L}]+");

	private SpamSignals() {
	}

	public static List<Reason> in(String text) {
		List<Reason> reasons = new ArrayList<>();
		if (LINK.matcher(text).find()) {
			reasons.add(Reason.LINKS);
		}
		if (PHONE.matcher(text).results().count() >= 2) {
			reasons.add(Reason.PHONE_NUMBERS);
		}
		if (SAME_CHARACTER.matcher(text).find() || oneWordDominates(text)) {
			reasons.add(Reason.REPETITION);
		}
		return reasons;
	}

	/** At least five times the same word, and it makes up two fifths of the text. */
	private static boolean oneWordDominates(String text) {
		List<String> words = Arrays.stream(WORD.split(text.toLowerCase(Locale.ROOT)))
			.filter(word -> word.length() >= 3)
			.toList();
		long most = words.stream()
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
			.values()
			.stream()
			.mapToLong(Long::longValue)
			.max()
			.orElse(0);
		return most >= 5 && most * 5 >= words.size() * 2L;
	}

}
