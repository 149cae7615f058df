package ru.vmeste.portal.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Marks the pages the service worker may keep for offline reading: public pages as a visitor
 * sees them. A signed-in person's pages carry their name (and personal or staff pages much more),
 * so nothing they are shown is ever marked; neither are forms, nor the personal and staff areas.
 */
@Configuration(proxyBeanMethods = false)
class OfflinePages implements WebMvcConfigurer, HandlerInterceptor {

	/** The header the service worker looks for ({@code static/sw.js}). */
	static final String HEADER = "Vmeste-Offline";

	private static final List<String> NEVER = List.of("/account", "/admin", "/moderation", "/inbox", "/workspace",
			"/login", "/logout", "/appeals/new", "/appeals/mine", "/appeals/subscriptions", "/my", "/manage", "/error",
			"/api", "/actuator", "/swagger-ui", "/v3");

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns("/webjars/**", "/css/**", "/js/**", "/img/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if ("GET".equals(request.getMethod()) && anonymous() && kept(request.getRequestURI())) {
			response.setHeader(HEADER, "public");
		}
		return true;
	}

	static boolean kept(String path) {
		return NEVER.stream().noneMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"))
				&& !path.contains("/manage") && !path.contains("/admin");
	}

	private static boolean anonymous() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated();
	}

}
