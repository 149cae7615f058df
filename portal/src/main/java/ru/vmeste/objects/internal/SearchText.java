package ru.vmeste.objects.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import ru.vmeste.shared.LocalizedText;

/**
 * What search matches an object by: both names and the address, in Cyrillic and in Latin
 * transliteration, so "Lenina 12" finds "ул. Ленина, 12" and trigram similarity forgives typos
 * in either script.
 */
final class SearchText {

	private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";

	private static final String[] LATIN = { "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n",
			"o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya" };

	private SearchText() {
	}

	static String of(LocalizedText name, @Nullable String address) {
		String text = name.ru() + " " + (name.en().equals(name.ru()) ? "" : name.en() + " ")
				+ (address == null ? "" : address);
		String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
		String latin = transliterated(lower);
		return (latin.equals(lower) ? lower : lower + " " + latin).replaceAll("\\s+", " ").strip();
	}

	/** The query in the same form, so both sides compare alike. */
	static String query(String query) {
		return query.toLowerCase(Locale.ROOT).replace('ё', 'е').strip();
	}

	static String transliterated(String lower) {
		StringBuilder latin = new StringBuilder(lower.length() + 8);
		for (char c : lower.toCharArray()) {
			int index = CYRILLIC.indexOf(c);
			latin.append(index < 0 ? String.valueOf(c) : LATIN[index]);
		}
		return latin.toString();
	}

}
