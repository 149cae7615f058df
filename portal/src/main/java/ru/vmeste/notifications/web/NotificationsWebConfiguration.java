package ru.vmeste.notifications.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.vmeste.shared.web.AccessRules;
import ru.vmeste.shared.web.CsrfExemption;
import ru.vmeste.shared.web.NavigationGroup;
import ru.vmeste.shared.web.NavigationItem;

/**
 * The admin menu entry of the demo outbox; who may reach the mail settings (a signed-in person)
 * and the unsubscribe links (anyone with one: a mail client posts to them without a CSRF token).
 */
@Configuration(proxyBeanMethods = false)
class NotificationsWebConfiguration {

	@Bean
	AccessRules notificationsAccessRules() {
		return rules -> {
			rules.requestMatchers(UnsubscribeController.PATH + "*").permitAll();
			rules.requestMatchers("/account/notifications", "/api/v1/me/notifications").authenticated();
		};
	}

	@Bean
	CsrfExemption oneClickUnsubscribe() {
		return request -> "POST".equals(request.getMethod())
				&& request.getRequestURI().substring(request.getContextPath().length()).startsWith(UnsubscribeController.PATH);
	}

	@Bean
	@ConditionalOnBooleanProperty("vmeste.mail.capture")
	NavigationItem capturedMailNavigation() {
		return NavigationItem.workspace("ADMIN", NavigationGroup.SYSTEM, "/admin/mail", "notifications.nav.mail", "envelope", 990);
	}

}
