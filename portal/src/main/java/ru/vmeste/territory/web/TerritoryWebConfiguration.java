package ru.vmeste.territory.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.vmeste.shared.web.NavigationGroup;
import ru.vmeste.shared.web.NavigationItem;

/**
 * The administrator's entry to the service switches.
 */
@Configuration(proxyBeanMethods = false)
class TerritoryWebConfiguration {

	@Bean
	NavigationItem serviceSwitchNavigation() {
		return NavigationItem.workspace("ADMIN", NavigationGroup.SYSTEM, "/admin/services", "territory.nav.services", "toggles", 980);
	}

}
