package ru.vmeste.open311.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import ru.vmeste.shared.web.AccessRules;
import ru.vmeste.shared.web.NavigationGroup;
import ru.vmeste.shared.web.NavigationItem;

/**
 * Who may call what. Open311 has a filter chain of its own, before the portal's: stateless, no
 * session, no CSRF token (clients are other servers posting forms) and open to anyone, since the
 * calls check the API key themselves and answer in the spec's error format. The developers' page
 * is public; the client apps' page is for administrators.
 */
@Configuration(proxyBeanMethods = false)
class Open311WebConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain open311Security(HttpSecurity http) throws Exception {
		return http.securityMatcher("/open311/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.logout(logout -> logout.disable())
			.authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
			.build();
	}

	@Bean
	AccessRules open311AccessRules() {
		return rules -> {
			rules.requestMatchers("/developers").permitAll();
			rules.requestMatchers("/admin/open311", "/admin/open311/**").hasRole("ADMIN");
		};
	}

	@Bean
	NavigationItem open311Navigation() {
		return NavigationItem.workspace("ADMIN", NavigationGroup.SYSTEM, "/admin/open311", "open311.nav", "plug", 970);
	}

}
