package ru.vmeste.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * A module's settings record for a unit test, bound by Spring Boot's own binder from a few
 * {@code key, value} pairs, so every other setting keeps its real default:
 * {@code Settings.of(PlatformSettings.class, "vmeste.rate-limit.writes-per-minute", "3")}.
 */
public final class Settings {

	private Settings() {
	}

	public static <T> T of(Class<T> type, String... keysAndValues) {
		if (keysAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("Give keys and values in pairs");
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			values.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
		if (annotation == null) {
			throw new IllegalArgumentException(type + " is not a @ConfigurationProperties record");
		}
		String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate(prefix, type);
	}

}
