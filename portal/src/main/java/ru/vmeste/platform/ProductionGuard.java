package ru.vmeste.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;

/**
 * Refuses to start the {@code prod} profile with anything meant only for the demo: demo
 * data, the embedded database, or a secret still set to its published demo value.
 */
class ProductionGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	static final String DEMO_SECRET_PREFIX = "demo-secret-";

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		if (!environment.matchesProfiles("prod")) {
			return;
		}
		List<String> problems = problems(environment);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("The prod profile refuses to start: " + String.join("; ", problems));
		}
	}

	static List<String> problems(ConfigurableEnvironment environment) {
		List<String> problems = new ArrayList<>();
		if (environment.getProperty("vmeste.demo-data", Boolean.class, false)) {
			problems.add("vmeste.demo-data must be false");
		}
		if (environment.getProperty("spring.datasource.url", "").isBlank()) {
			problems.add("spring.datasource.url must point at a real PostgreSQL server");
		}
		publicUrlProblem(environment).ifPresent(problems::add);
		Set<String> names = new TreeSet<>();
		environment.getPropertySources()
			.stream()
			.filter(EnumerablePropertySource.class::isInstance)
			.forEach(source -> names.addAll(List.of(((EnumerablePropertySource<?>) source).getPropertyNames())));
		for (String name : names) {
			if (String.valueOf(resolved(environment, name)).startsWith(DEMO_SECRET_PREFIX)) {
				problems.add(name + " still holds its demo value");
			}
		}
		return problems;
	}

	/** The guard runs before any bean exists, so it binds the platform's settings itself. */
	private static Optional<String> publicUrlProblem(ConfigurableEnvironment environment) {
		try {
			PlatformSettings settings = Binder.get(environment).bindOrCreate("vmeste", PlatformSettings.class);
			return settings.publicUrl() == null
					? Optional.of("vmeste.public-url must be set to the portal's public address (links in e-mails)")
					: Optional.empty();
		}
		catch (BindException ex) {
			Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
			return Optional.of(cause.getMessage() == null ? ex.getMessage() : cause.getMessage());
		}
	}

	private static @Nullable String resolved(ConfigurableEnvironment environment, String name) {
		try {
			return environment.getProperty(name);
		}
		catch (IllegalArgumentException unresolvablePlaceholder) {
			return null;
		}
	}

}
