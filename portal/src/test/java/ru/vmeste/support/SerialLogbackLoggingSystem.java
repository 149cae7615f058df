package ru.vmeste.support;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.logging.LogFile;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemFactory;
import org.springframework.boot.logging.logback.LogbackLoggingSystem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Spring Boot's Logback logging system, set up by one application context at a time. Tests start
 * portals of their own in the test JVM beside the shared context (the drills, the EDMS instances,
 * the restart); two contexts setting Logback up at the same moment failed one of them with a
 * {@code ConcurrentModificationException} in Logback's properties. The test classpath's
 * {@code META-INF/spring.factories} registers its {@link Factory} ahead of Boot's, so every test
 * run (Maven's or an IDE's) uses it.
 */
public final class SerialLogbackLoggingSystem extends LogbackLoggingSystem {

	private static final Object LOCK = new Object();

	public SerialLogbackLoggingSystem(ClassLoader classLoader) {
		super(classLoader);
	}

	@Override
	public void beforeInitialize() {
		synchronized (LOCK) {
			super.beforeInitialize();
		}
	}

	@Override
	public void initialize(LoggingInitializationContext context, @Nullable String configLocation,
			@Nullable LogFile logFile) {
		synchronized (LOCK) {
			super.initialize(context, configLocation, logFile);
		}
	}

	@Override
	public void setLogLevel(@Nullable String loggerName, @Nullable LogLevel level) {
		synchronized (LOCK) {
			super.setLogLevel(loggerName, level);
		}
	}

	@Override
	public void cleanUp() {
		synchronized (LOCK) {
			super.cleanUp();
		}
	}

	/** Chooses this logging system before Boot's own Logback factory does. */
	@Order(Ordered.HIGHEST_PRECEDENCE)
	public static final class Factory implements LoggingSystemFactory {

		@Override
		public LoggingSystem getLoggingSystem(ClassLoader classLoader) {
			return new SerialLogbackLoggingSystem(classLoader);
		}

	}

}
