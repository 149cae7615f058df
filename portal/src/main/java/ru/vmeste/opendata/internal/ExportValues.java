package ru.vmeste.opendata.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;

import org.jspecify.annotations.Nullable;

/**
 * How row values are spelled in text formats: numbers without exponents, dates and times ISO-8601.
 */
final class ExportValues {

	private ExportValues() {
	}

	static String text(@Nullable Object value) {
		return switch (value) {
			case null -> "";
			case Double number -> BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
			case Float number -> BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
			case BigDecimal number -> number.toPlainString();
			case LocalDate date -> date.toString();
			case Instant instant -> instant.toString();
			case TemporalAccessor temporal -> temporal.toString();
			default -> value.toString();
		};
	}

}
