package ru.vmeste.shared.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's URL authorization rules. Each module declares who may call its endpoints;
 * the security configuration applies every module's rules before the portal-wide defaults
 * (reads are public, writes need a login, {@code /admin} needs ADMIN).
 */
@FunctionalInterface
public interface AccessRules {

	void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);

}
