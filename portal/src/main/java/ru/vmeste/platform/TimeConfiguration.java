package ru.vmeste.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every module reads time from, in the region's zone, so tests control time.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock(@Value("${vmeste.time-zone:Europe/Moscow}") ZoneId zone) {
		return Clock.system(zone);
	}

}
