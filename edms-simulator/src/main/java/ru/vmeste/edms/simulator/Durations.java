package ru.vmeste.edms.simulator;

import java.time.Duration;
import java.util.Locale;

/**
 * Durations as people type them ({@code 30s}, {@code 2m}, {@code 1h}, {@code 500ms}) or in ISO-8601 ({@code PT2M}).
 */
final class Durations {

	private Durations() {
	}

	static Duration parse(String text) {
		String value = text.trim().toLowerCase(Locale.ROOT);
		if (value.startsWith("pt") || value.startsWith("p")) {
			return Duration.parse(value.toUpperCase(Locale.ROOT));
		}
		if (value.endsWith("ms")) {
			return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
		}
		long amount = Long.parseLong(value.substring(0, value.length() - 1));
		return switch (value.charAt(value.length() - 1)) {
			case 's' -> Duration.ofSeconds(amount);
			case 'm' -> Duration.ofMinutes(amount);
			case 'h' -> Duration.ofHours(amount);
			case 'd' -> Duration.ofDays(amount);
			default -> throw new IllegalArgumentException("not a duration: " + text);
		};
	}

}
