package ru.vmeste.works.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.AccessRules;
import ru.vmeste.shared.web.NavigationGroup;
import ru.vmeste.shared.web.NavigationItem;
import ru.vmeste.shared.web.PublicFigure;
import ru.vmeste.shared.web.PublicFigures;
import ru.vmeste.works.internal.WorkSearch;

/**
 * Who may reach the Find out pages and API, their menu entries, and the home page figures.
 * Reading is public; residents follow and rate works; officials (and administrators who are
 * members of a customer organization) manage works.
 */
@Configuration(proxyBeanMethods = false)
class WorksWebConfiguration {

	@Bean
	AccessRules worksAccessRules() {
		return rules -> {
			rules.requestMatchers(HttpMethod.POST, "/api/v1/works/*/ratings", "/works/*/ratings").hasRole("RESIDENT");
			rules.requestMatchers("/api/v1/works/*/subscription", "/works/*/subscription", "/works/*/subscription/**")
				.authenticated();
			rules.requestMatchers(HttpMethod.POST, "/api/v1/works", "/api/v1/works/**").hasAnyRole("OFFICIAL", "ADMIN");
			rules.requestMatchers(HttpMethod.PUT, "/api/v1/works/*").hasAnyRole("OFFICIAL", "ADMIN");
			rules.requestMatchers("/manage/works", "/manage/works/**").hasAnyRole("OFFICIAL", "ADMIN");
		};
	}

	@Bean
	NavigationItem worksNavigation() {
		return NavigationItem.service(PortalService.FIND_OUT, "/works", "works.nav.works", "cone-striped", 120);
	}

	@Bean
	NavigationItem manageWorksForOfficials() {
		return NavigationItem.workspace("OFFICIAL", NavigationGroup.CITY, "/manage/works", "works.nav.manage", "clipboard-check", 650);
	}

	@Bean
	NavigationItem manageWorksForAdministrators() {
		return NavigationItem.workspace("ADMIN", NavigationGroup.CITY, "/manage/works", "works.nav.manage", "clipboard-check", 650);
	}

	/** Works in progress and overdue (the home page gathers its figures at most every 30 s). */
	@Bean
	PublicFigures worksFigures(WorkSearch search) {
		return () -> {
			WorkSearch.Figures figures = search.figures();
			return List.of(PublicFigure.count("works.figure.in-progress", figures.inProgress(), 40),
					PublicFigure.count("works.figure.overdue", figures.overdue(), 41));
		};
	}

}
