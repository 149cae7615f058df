package ru.vmeste.shared.web;

import java.text.NumberFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A live figure on the home page that the public uses to hold the city to account, e.g. the
 * number of registered residents. Modules contribute {@link PublicFigures}.
 *
 * @param labelKey message key of the label; for a count it receives the count as argument
 * {@code {0}}, so it can take the count's plural form
 * @param value the figure, already formatted (a count, a percentage)
 * @param count the number counted, when the figure is a count
 * @param order position on the page
 */
public record PublicFigure(String labelKey, String value, @Nullable Long count, int order) {

	/** A figure that is not a count, e.g. a share. */
	public PublicFigure(String labelKey, String value, int order) {
		this(labelKey, value, null, order);
	}

	/** A count, shown with thin groups ("22 000") and labelled in its plural form. */
	public static PublicFigure count(String labelKey, long count, int order) {
		return new PublicFigure(labelKey, NumberFormat.getIntegerInstance(Locale.forLanguageTag("ru")).format(count), count,
				order);
	}

}
