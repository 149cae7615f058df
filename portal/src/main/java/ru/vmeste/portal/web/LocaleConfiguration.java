package ru.vmeste.portal.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import ru.vmeste.platform.i18n.Languages;

/**
 * Russian by default, English on request: {@code ?lang=en} switches and remembers the choice
 * in a cookie. Pages open in Russian whatever the browser prefers; API clients are answered
 * in their Accept-Language (Russian unless they ask for English).
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final Locale RUSSIAN = Languages.RUSSIAN;

	static final Set<String> LANGUAGES = Languages.SUPPORTED;

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("vmeste-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(LocaleConfiguration::fromAcceptLanguage);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleResolver resolver = localeResolver();
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				String language = request.getParameter("lang");
				if (language != null && LANGUAGES.contains(language)) {
					resolver.setLocale(request, response, Locale.forLanguageTag(language));
				}
				return true;
			}
		});
	}

	private static Locale fromAcceptLanguage(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null || !request.getRequestURI().startsWith("/api/")) {
			return RUSSIAN;
		}
		return LANGUAGES.contains(request.getLocale().getLanguage()) ? Locale.forLanguageTag(request.getLocale().getLanguage())
				: RUSSIAN;
	}

}
