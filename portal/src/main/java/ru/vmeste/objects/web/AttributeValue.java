package ru.vmeste.objects.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import ru.vmeste.objects.AttributeType;
import ru.vmeste.objects.CityObject;
import ru.vmeste.objects.ObjectType;

/**
 * An attribute of an object as its page shows it: the label and the value spelled for the
 * reader (dates in their format; yes/no and links rendered by the template).
 *
 * @param text the value as text, or {@code null} when the object has none
 * @param flag the value of a yes/no attribute
 */
record AttributeValue(String label, AttributeType type, @Nullable String text, @Nullable Boolean flag) {

	static List<AttributeValue> of(ObjectType type, CityObject object, Locale locale) {
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		return type.attributes().stream().map(attribute -> {
			Object value = object.attributes().get(attribute.code());
			String text = switch (value) {
				case null -> null;
				case Boolean ignored -> null;
				case BigDecimal number -> number.toPlainString();
				case LocalDate date -> dates.format(date);
				default -> value.toString();
			};
			return new AttributeValue(attribute.name().in(locale), attribute.type(), text,
					value instanceof Boolean flag ? flag : null);
		}).toList();
	}

	public boolean isLink() {
		return type == AttributeType.URL && text != null;
	}

}
