package ru.vmeste.open311.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import ru.vmeste.open311.internal.Open311Error;

/**
 * Times as the spec writes them (the W3C subset of ISO 8601, with the offset, to the second) in
 * the region's zone, and as clients send them: with an offset or {@code Z}, a local time (the
 * region's), or a date alone (its start). A {@code +} of an offset that arrived as a space (an
 * unencoded query) is read as {@code +}.
 */
@Component
class W3cTimes {

	private final Clock clock;

	W3cTimes(Clock clock) {
		this.clock = clock;
	}

	String format(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).atZone(clock.getZone()).toOffsetDateTime()
			.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	@Nullable String format(@Nullable LocalDate endOfDay) {
		return endOfDay == null ? null : format(endOfDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant().minusSeconds(1));
	}

	@Nullable Instant parse(@Nullable String value, String parameter) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip().replace(' ', '+');
		try {
			if (text.length() == 10) {
				return LocalDate.parse(text).atStartOfDay(clock.getZone()).toInstant();
			}
			if (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:?\\d{2}$")) {
				return OffsetDateTime.parse(text.matches(".*[+-]\\d{4}$")
						? text.substring(0, text.length() - 2) + ":" + text.substring(text.length() - 2) : text)
					.toInstant();
			}
			return LocalDateTime.parse(text).atZone(clock.getZone()).toInstant();
		}
		catch (DateTimeException ex) {
			throw Open311Error.badRequest("open311.error.date.invalid", parameter, shortened(value.strip()));
		}
	}

	private static String shortened(String value) {
		return value.length() <= 40 ? value : value.substring(0, 40) + "…";
	}

	Instant now() {
		return clock.instant();
	}

}
