package ru.vmeste.organizations.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.vmeste.shared.web.NavigationGroup;
import ru.vmeste.shared.web.NavigationItem;

/**
 * Administrators' entries to the organizations and the production calendar.
 */
@Configuration(proxyBeanMethods = false)
class OrganizationsWebConfiguration {

	@Bean
	NavigationItem organizationsNavigation() {
		return NavigationItem.workspace("ADMIN", NavigationGroup.PEOPLE, "/admin/organizations", "organizations.nav.organizations", "diagram-3", 960);
	}

	@Bean
	NavigationItem calendarNavigation() {
		return NavigationItem.workspace("ADMIN", NavigationGroup.PEOPLE, "/admin/calendar", "organizations.nav.calendar", "calendar3", 970);
	}

}
