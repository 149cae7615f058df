package ru.vmeste.audit.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import ru.vmeste.shared.web.AccessRules;
import ru.vmeste.shared.web.NavigationGroup;
import ru.vmeste.shared.web.NavigationItem;

/**
 * The audit trail in front of every controller; the log for administrators only.
 */
@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration implements WebMvcConfigurer {

	private final AuditTrail trail;

	AuditWebConfiguration(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(trail);
	}

	@Bean
	AccessRules auditAccessRules() {
		return rules -> rules.requestMatchers("/admin/audit/**", "/api/v1/admin/audit/**").hasRole("ADMIN");
	}

	@Bean
	NavigationItem auditNavigation() {
		return NavigationItem.workspace("ADMIN", NavigationGroup.SYSTEM, "/admin/audit", "audit.nav", "journal-text", 990);
	}

}
