package ru.vmeste.reports.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import ru.vmeste.reports.internal.AppealSearch;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.AccessRules;
import ru.vmeste.shared.web.NavigationGroup;
import ru.vmeste.shared.web.NavigationItem;
import ru.vmeste.shared.web.PublicFigure;
import ru.vmeste.shared.web.PublicFigures;

/**
 * Who may reach the Inform pages and API, their menu entries, and the home page figures.
 */
@Configuration(proxyBeanMethods = false)
class ReportsWebConfiguration {

	@Bean
	AccessRules reportsAccessRules() {
		return rules -> {
			rules.requestMatchers(HttpMethod.POST, "/api/v1/appeals", "/api/v1/appeals/*/support").hasRole("RESIDENT");
			rules.requestMatchers(HttpMethod.POST, "/api/v1/appeals/*/photos").authenticated();
			rules.requestMatchers("/api/v1/appeals/mine").authenticated();
			rules.requestMatchers("/appeals/new", "/appeals/new/**").hasRole("RESIDENT");
			rules.requestMatchers(HttpMethod.POST, "/appeals", "/appeals/*/support").hasRole("RESIDENT");
			rules.requestMatchers("/appeals/mine", "/appeals/subscriptions", "/appeals/subscriptions/**").authenticated();
			rules.requestMatchers("/admin/topics", "/admin/topics/**").hasRole("ADMIN");
		};
	}

	@Bean
	NavigationItem appealsNavigation() {
		return NavigationItem.service(PortalService.INFORM, "/appeals", "reports.nav.appeals", "megaphone", 100);
	}

	@Bean
	NavigationItem reportNavigation() {
		return NavigationItem.service(PortalService.INFORM, "/appeals/new", "reports.nav.report", "plus-circle", 110);
	}

	@Bean
	NavigationItem myAppealsNavigation() {
		return NavigationItem.workspace("RESIDENT", "/appeals/mine", "reports.nav.mine", "inbox", 10);
	}

	@Bean
	NavigationItem areaSubscriptionsNavigation() {
		return NavigationItem.workspace("RESIDENT", "/appeals/subscriptions", "reports.nav.subscriptions", "bell", 20);
	}

	@Bean
	NavigationItem topicsNavigation() {
		return NavigationItem.workspace("ADMIN", NavigationGroup.APPEALS, "/admin/topics", "reports.nav.topics", "tags", 940);
	}

	/** Published appeals and the share resolved (the home page gathers its figures every 30 s). */
	@Bean
	PublicFigures appealFigures(AppealSearch search) {
		return () -> {
			AppealSearch.Figures figures = search.figures();
			long share = figures.published() == 0 ? 0 : Math.round(100.0 * figures.resolved() / figures.published());
			return List.of(PublicFigure.count("reports.figure.appeals", figures.published(), 20),
					new PublicFigure("reports.figure.resolved", share + " %", 30));
		};
	}

}
