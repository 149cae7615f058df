package ru.vmeste.reports.routing.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.vmeste.shared.web.NavigationGroup;
import ru.vmeste.shared.web.NavigationItem;

/**
 * The administrators' entry to the responsibility rules (the admin area is theirs alone).
 */
@Configuration(proxyBeanMethods = false)
class RoutingWebConfiguration {

	@Bean
	NavigationItem routingRulesNavigation() {
		return NavigationItem.workspace("ADMIN", NavigationGroup.APPEALS, "/admin/routing", "reports.nav.routing", "signpost-split", 945);
	}

}
