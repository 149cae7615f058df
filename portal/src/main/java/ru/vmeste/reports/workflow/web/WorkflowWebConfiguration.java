package ru.vmeste.reports.workflow.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.vmeste.shared.web.NavigationGroup;
import ru.vmeste.shared.web.NavigationItem;

/**
 * The administrators' entry to the process definitions (the admin area is theirs alone).
 */
@Configuration(proxyBeanMethods = false)
class WorkflowWebConfiguration {

	@Bean
	NavigationItem processesNavigation() {
		return NavigationItem.workspace("ADMIN", NavigationGroup.APPEALS, "/admin/processes", "reports.nav.processes", "diagram-2", 950);
	}

}
