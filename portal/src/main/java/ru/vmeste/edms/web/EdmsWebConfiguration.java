package ru.vmeste.edms.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import ru.vmeste.shared.web.AccessRules;
import ru.vmeste.shared.web.NavigationItem;

/**
 * Who may reach the EDMS endpoints: the EDMS itself the webhook (its signature is checked
 * there), whoever has a letter's reply link its page (the token is checked there),
 * administrators the rest; and the operator page's menu entry.
 */
@Configuration(proxyBeanMethods = false)
class EdmsWebConfiguration {

	@Bean
	AccessRules edmsAccessRules() {
		return rules -> {
			rules.requestMatchers(HttpMethod.POST, EdmsWebhookController.PATH).permitAll();
			rules.requestMatchers("/letters/*").permitAll();
			rules.requestMatchers("/api/v1/edms/**", "/admin/edms", "/admin/edms/**").hasRole("ADMIN");
		};
	}

	@Bean
	NavigationItem edmsNavigation() {
		return NavigationItem.workspace("ADMIN", "/admin/edms", "edms.nav", "arrow-left-right", 965);
	}

}
