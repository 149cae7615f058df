package ru.vmeste.reports.workspace.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import ru.vmeste.shared.web.AccessRules;
import ru.vmeste.shared.web.NavigationGroup;
import ru.vmeste.shared.web.NavigationItem;

/**
 * Who may reach the officials' workspace (officials, and administrators for the default
 * organization's appeals to route by hand; each action checks membership of the organization)
 * and its menu entries.
 */
@Configuration(proxyBeanMethods = false)
class WorkspaceWebConfiguration {

	@Bean
	AccessRules workspaceAccessRules() {
		return rules -> {
			rules.requestMatchers("/inbox", "/inbox/**", "/api/v1/inbox", "/api/v1/inbox/**").hasAnyRole("OFFICIAL", "ADMIN");
			rules.requestMatchers(HttpMethod.POST, "/api/v1/appeals/*/answer", "/api/v1/appeals/*/reroute",
					"/api/v1/appeals/*/assign", "/api/v1/appeals/*/stage", "/api/v1/appeals/*/comments",
					"/api/v1/appeals/*/info-request")
				.hasAnyRole("OFFICIAL", "ADMIN");
		};
	}

	@Bean
	NavigationItem inboxNavigation() {
		return NavigationItem.workspace("OFFICIAL", NavigationGroup.APPEALS, "/inbox", "reports.nav.inbox", "inboxes", 30);
	}

	@Bean
	NavigationItem manualRoutingNavigation() {
		return NavigationItem.workspace("ADMIN", NavigationGroup.APPEALS, "/inbox?view=MANUAL", "reports.nav.manual-routing", "signpost-2", 935);
	}

}
