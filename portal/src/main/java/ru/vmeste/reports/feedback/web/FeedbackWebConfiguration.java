package ru.vmeste.reports.feedback.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import ru.vmeste.shared.web.AccessRules;

/**
 * Who may close the loop: the author rates and replies (checked per appeal), residents say
 * "still not fixed", and a rating's photo is for its author and the organization only.
 */
@Configuration(proxyBeanMethods = false)
class FeedbackWebConfiguration {

	@Bean
	AccessRules feedbackAccessRules() {
		return rules -> {
			rules.requestMatchers(HttpMethod.POST, "/api/v1/appeals/*/rating", "/api/v1/appeals/*/info",
					"/appeals/*/rating", "/appeals/*/info").authenticated();
			rules.requestMatchers(HttpMethod.POST, "/api/v1/appeals/*/not-fixed", "/appeals/*/not-fixed")
				.hasRole("RESIDENT");
			rules.requestMatchers("/appeals/*/rating-photos/*").authenticated();
		};
	}

}
