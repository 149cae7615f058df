package ru.vmeste.objects;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.LocalizedText;

/**
 * A typed attribute that objects of a type carry, e.g. a school's "capacity" (a number) or a
 * road's "surface" (one of a list). It reads raw text from forms and files into a typed value.
 *
 * @param options the allowed values of an enumeration; empty for other types
 */
public record AttributeDefinition(String code, LocalizedText name, AttributeType type, boolean required,
		List<String> options) {

	/** Attribute codes are lower-case identifiers, usable as CSV headers and JSON keys. */
	public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");

	static final int MAX_TEXT = 1000;

	private static final Set<String> TRUE = Set.of("true", "yes", "1", "да", "y");

	private static final Set<String> FALSE = Set.of("false", "no", "0", "нет", "n");

	private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	public AttributeDefinition {
		if (!CODE.matcher(code).matches()) {
			throw DomainException.invalid("objects.attribute.code-invalid", code);
		}
		options = options.stream().map(String::strip).filter(option -> !option.isEmpty()).distinct().toList();
		if (type == AttributeType.ENUMERATION && options.isEmpty()) {
			throw DomainException.invalid("objects.attribute.options-missing", code);
		}
		if (type != AttributeType.ENUMERATION) {
			options = List.of();
		}
	}

	/**
	 * Reads a raw value: blank is "no value" (refused when required), anything else must be of
	 * the type. Numbers take a decimal point or comma, dates ISO or {@code dd.MM.yyyy}, booleans
	 * yes/no in either language. Values: String, BigDecimal, LocalDate or Boolean.
	 */
	public Optional<Object> read(String raw) {
		String value = raw.strip();
		if (value.isEmpty()) {
			if (required) {
				throw DomainException.invalid("objects.attribute.required", code);
			}
			return Optional.empty();
		}
		return Optional.of(switch (type) {
			case TEXT -> text(value);
			case NUMBER -> number(value);
			case DATE -> date(value);
			case BOOLEAN -> bool(value);
			case ENUMERATION -> option(value);
			case URL -> url(value);
		});
	}

	private String text(String value) {
		if (value.length() > MAX_TEXT) {
			throw DomainException.invalid("objects.attribute.too-long", code, MAX_TEXT);
		}
		return value;
	}

	private BigDecimal number(String value) {
		String plain = value.replaceAll("[\\s\u00a0]", "");
		if (!plain.contains(".")) {
			plain = plain.replace(',', '.');
		}
		try {
			return new BigDecimal(plain);
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid("objects.attribute.not-a-number", code, value);
		}
	}

	private LocalDate date(String value) {
		try {
			return value.contains(".") ? LocalDate.parse(value, RUSSIAN_DATE) : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw DomainException.invalid("objects.attribute.not-a-date", code, value);
		}
	}

	private Boolean bool(String value) {
		String lower = value.toLowerCase(Locale.ROOT);
		if (TRUE.contains(lower)) {
			return true;
		}
		if (FALSE.contains(lower)) {
			return false;
		}
		throw DomainException.invalid("objects.attribute.not-a-boolean", code, value);
	}

	private String option(String value) {
		return options.stream()
			.filter(option -> option.equalsIgnoreCase(value))
			.findFirst()
			.orElseThrow(() -> DomainException.invalid("objects.attribute.not-an-option", code, value,
					String.join(", ", options)));
	}

	private String url(String value) {
		URI uri = uri(value);
		if (uri == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
				|| value.length() > MAX_TEXT) {
			throw DomainException.invalid("objects.attribute.not-a-url", code, value);
		}
		return value;
	}

	private static @Nullable URI uri(String value) {
		try {
			return new URI(value);
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
