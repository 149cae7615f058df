package ru.vmeste.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every module reads time from, in the region's zone, so tests control time.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock(PlatformSettings settings) {
		return Clock.system(settings.timeZone());
	}

}
