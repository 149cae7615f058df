package ru.vmeste.notifications.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.vmeste.shared.web.NavigationItem;

/**
 * The admin menu entry of the demo outbox.
 */
@Configuration(proxyBeanMethods = false)
class NotificationsWebConfiguration {

	@Bean
	@ConditionalOnBooleanProperty("vmeste.mail.capture")
	NavigationItem capturedMailNavigation() {
		return NavigationItem.workspace("ADMIN", "/admin/mail", "notifications.nav.mail", "envelope", 990);
	}

}
