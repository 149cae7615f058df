package ru.vmeste.platform.web;

import java.time.Duration;
import java.util.List;

import org.apache.catalina.core.StandardHost;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Registers the platform's request interceptors and the static files: WebJars (version-less
 * links are rewritten to versioned URLs, which may then be cached for a year) and the portal's
 * own {@code /css}, {@code /js} and {@code /img}. Only these paths are resource paths, so the
 * links to pages that fill every page are never looked up on the class path. Errors Tomcat
 * raises itself are answered in the portal's formats.
 */
@Configuration(proxyBeanMethods = false)
class PlatformWebConfiguration implements WebMvcConfigurer {

	private final WriteRateLimiter rateLimiter;

	PlatformWebConfiguration(WriteRateLimiter rateLimiter) {
		this.rateLimiter = rateLimiter;
	}

	/** Tomcat's own errors (before any filter runs) in the portal's formats: {@link ServerErrorReportValve}. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> serverErrorReports() {
		return factory -> factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ServerErrorReportValve.class.getName());
			}
		});
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// Open311 clients are servers posting for many residents: each app has its own limit per API key
		registry.addInterceptor(rateLimiter).excludePathPatterns("/webjars/**", "/css/**", "/js/**", "/img/**",
				"/open311/**");
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		for (String folder : List.of("css", "js", "img")) {
			registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/");
		}
	}

}
