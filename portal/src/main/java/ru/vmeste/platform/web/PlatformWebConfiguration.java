package ru.vmeste.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the platform's request interceptors.
 */
@Configuration(proxyBeanMethods = false)
class PlatformWebConfiguration implements WebMvcConfigurer {

	private final WriteRateLimiter rateLimiter;

	PlatformWebConfiguration(WriteRateLimiter rateLimiter) {
		this.rateLimiter = rateLimiter;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(rateLimiter).excludePathPatterns("/webjars/**", "/css/**", "/js/**", "/img/**");
	}

}
