package ru.vmeste.places.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * How typed and imported addresses compare: lower case, ё as е, street-type words ("ул.",
 * "проспект", "St") left out, and house numbers in one spelling, so "Ленина ул, д. 12 А",
 * "ленина 12а" and "Lenina 12a" all read as street "ленина" and house "12а".
 */
final class AddressText {

	/** A typed address: the street's words and the house, when one was typed. */
	record Query(String street, @Nullable String house) {
	}

	private static final Set<String> STREET_TYPES = Set.of("ул", "улица", "пр", "пр-т", "просп", "проспект", "пер",
			"переулок", "б-р", "бул", "бульвар", "ш", "шоссе", "пл", "площадь", "наб", "набережная", "проезд", "тракт",
			"st", "street", "ave", "avenue", "blvd", "boulevard", "hwy", "highway", "lane", "sq", "square", "д", "дом",
			"house", "город", "пермь", "perm");

	/** A house number: digits, an optional letter or building ("12а", "3к2"), an optional "/second number" (a corner house). */
	private static final Pattern HOUSE = Pattern.compile("\\d{1,4}([а-яa-z]\\d{0,2})?(/\\d{1,4}[а-яa-z]?)?");

	private static final Pattern LETTER = Pattern.compile("[а-яa-z]");

	private static final String LATIN_LETTERS = "abvgdez";

	private static final String CYRILLIC_LETTERS = "абвгдез";

	private AddressText() {
	}

	/** The words of a street name that search compares, in Cyrillic and Latin alike. */
	static String streetWords(String name) {
		return String.join(" ", words(name).stream().filter(word -> !STREET_TYPES.contains(word)).toList());
	}

	/** A house number in its one spelling: "12 А" → "12а", "5/2" stays, Latin letters become Cyrillic. */
	static String houseKey(String house) {
		String key = house.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[\\s\\-.]", "");
		StringBuilder cyrillic = new StringBuilder(key.length());
		for (char c : key.toCharArray()) {
			int latin = LATIN_LETTERS.indexOf(c);
			cyrillic.append(latin < 0 ? c : CYRILLIC_LETTERS.charAt(latin));
		}
		return cyrillic.toString();
	}

	/** Splits a typed address into the street's words and the house (the last number, with a letter after it). */
	static Query query(String text) {
		List<String> words = new ArrayList<>(words(text));
		String house = null;
		for (int i = words.size() - 1; i >= 0 && house == null; i--) {
			String word = words.get(i);
			if (HOUSE.matcher(word).matches()) {
				boolean letterAfter = i + 1 < words.size() && words.get(i + 1).length() == 1
						&& LETTER.matcher(words.get(i + 1)).matches() && !word.matches(".*[а-яa-z]$");
				house = houseKey(letterAfter ? word + words.get(i + 1) : word);
				words.remove(i);
				if (letterAfter) {
					words.remove(i);
				}
			}
		}
		words.removeIf(STREET_TYPES::contains);
		return new Query(String.join(" ", words), house);
	}

	private static List<String> words(String text) {
		String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
		String spaced = lower.replaceAll("[«»\"'(),;:№#]", " ").replaceAll("\\.(?=\\S)", ". ").replace(".", " ")
			.replaceAll("(\\d)\\s*-\\s*([а-яa-z])(?![а-яa-z])", "$1$2")
			.replaceAll("\\s*/\\s*", "/");
		List<String> words = new ArrayList<>();
		for (String word : spaced.strip().split("\\s+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

}
