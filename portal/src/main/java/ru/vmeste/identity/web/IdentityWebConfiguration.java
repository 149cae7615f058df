package ru.vmeste.identity.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import ru.vmeste.identity.Residents;
import ru.vmeste.shared.web.NavigationGroup;
import ru.vmeste.shared.web.NavigationItem;
import ru.vmeste.shared.web.PublicFigure;
import ru.vmeste.shared.web.PublicFigures;
import ru.vmeste.shared.web.AccessRules;

/**
 * Who may reach the identity pages and API, the staff entry for address checks, and the
 * "registered residents" figure on the home page.
 */
@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration {

	@Bean
	AccessRules identityAccessRules() {
		return rules -> {
			rules.requestMatchers(HttpMethod.POST, "/api/v1/auth/register", "/api/v1/auth/token").permitAll();
			rules.requestMatchers("/api/v1/me", "/api/v1/me/**").authenticated();
			rules.requestMatchers("/account/register", "/account/registered", "/account/confirm", "/account/forgot",
					"/account/reset", "/account/deleted").permitAll();
			rules.requestMatchers(HttpMethod.GET, "/privacy").permitAll();
			rules.requestMatchers("/account/**").authenticated();
			rules.requestMatchers("/staff/verifications/**").hasAnyRole("VERIFIER", "ADMIN");
		};
	}

	@Bean
	NavigationItem addressVerificationNavigation() {
		return NavigationItem.workspace("VERIFIER", NavigationGroup.PEOPLE, "/staff/verifications", "identity.nav.verifications", "person-check",
				890);
	}

	@Bean
	NavigationItem addressVerificationForAdministrators() {
		return NavigationItem.workspace("ADMIN", NavigationGroup.PEOPLE, "/staff/verifications", "identity.nav.verifications", "person-check",
				940);
	}

	@Bean
	NavigationItem userAdministrationNavigation() {
		return NavigationItem.workspace("ADMIN", NavigationGroup.PEOPLE, "/admin/users", "identity.nav.users", "people", 950);
	}

	@Bean
	PublicFigures residentFigures(Residents residents) {
		return () -> List.of(PublicFigure.count("identity.figure.residents", residents.countRegistered(), 10));
	}

}
