package ru.vmeste.notifications.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import ru.vmeste.shared.web.AccessRules;

/**
 * Who may call the Web Push endpoints: the key is public; a device is turned on or off by the
 * signed-in person it belongs to.
 */
@Configuration(proxyBeanMethods = false)
class PushWebConfiguration {

	@Bean
	AccessRules pushAccess() {
		return rules -> {
			rules.requestMatchers(HttpMethod.GET, "/push/key").permitAll();
			rules.requestMatchers("/push/subscriptions").authenticated();
		};
	}

}
