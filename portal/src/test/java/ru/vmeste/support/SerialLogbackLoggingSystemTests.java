package ru.vmeste.support;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LoggingSystem;

import static org.assertj.core.api.Assertions.assertThat;

/** The test JVMs' contexts set Logback up through {@link SerialLogbackLoggingSystem} (registered in the test classpath's {@code spring.factories}). */
@PortalTest
class SerialLogbackLoggingSystemTests {

	@Autowired
	LoggingSystem loggingSystem;

	@Test
	void contextsSetLogbackUpOneAtATime() {
		assertThat(loggingSystem).isInstanceOf(SerialLogbackLoggingSystem.class);
	}

}
