package ru.vmeste.places.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import ru.vmeste.shared.web.AccessRules;

/**
 * Who may call the places API: search and the address at a point are public reads; importing
 * an address list is for administrators.
 */
@Configuration(proxyBeanMethods = false)
class PlacesWebConfiguration {

	@Bean
	AccessRules placesAccess() {
		return rules -> rules.requestMatchers(HttpMethod.POST, "/api/v1/places/import").hasRole("ADMIN");
	}

}
