package ru.vmeste.identity.internal.security;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.LocaleResolver;

import ru.vmeste.identity.IdentitySettings;
import ru.vmeste.identity.internal.Accounts;
import ru.vmeste.identity.internal.ApiTokens;
import ru.vmeste.identity.internal.LoginThrottle;
import ru.vmeste.identity.internal.Users;
import ru.vmeste.platform.web.ApiProblems;
import ru.vmeste.platform.web.OversizedUploads;
import ru.vmeste.shared.web.AccessRules;
import ru.vmeste.shared.web.CsrfExemption;
import ru.vmeste.shared.web.UploadWithoutAccount;

/**
 * Two filter chains: the stateless REST API under {@code /api} (bearer tokens, problem+json
 * errors, no cookies and hence no CSRF) and the web portal (sign-in form, database sessions,
 * CSRF on every form). Each module adds its own {@link AccessRules}; after them come the
 * portal-wide defaults: reads are public, writes need a signed-in user, administration
 * needs ADMIN.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; connect-src 'self'; "
			+ "font-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2", Map.of("argon2",
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

	@Bean
	AuthenticationManager authenticationManager(PortalUserDetailsService details, PasswordEncoder passwords,
			LoginThrottle throttle, Users users, Accounts accounts, IdentitySettings settings) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(details);
		provider.setPasswordEncoder(passwords);
		return new ProviderManager(new ThrottledAuthenticationProvider(provider, throttle, users, accounts, settings));
	}

	@Bean
	SignInThrottleFilter signInThrottleFilter(LoginThrottle throttle, ApiProblems problems, LocaleResolver locales,
			JsonMapper json) {
		return new SignInThrottleFilter(throttle, problems, locales, json);
	}

	/** The throttle runs inside the security chains only, not a second time as a plain servlet filter. */
	@Bean
	FilterRegistrationBean<SignInThrottleFilter> signInThrottleFilterRegistration(SignInThrottleFilter filter) {
		FilterRegistrationBean<SignInThrottleFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	ProblemSecurityHandlers problemSecurityHandlers(ApiProblems problems, LocaleResolver localeResolver) {
		return new ProblemSecurityHandlers(problems, localeResolver);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, List<AccessRules> rules, ApiTokens tokens,
			ProblemSecurityHandlers problems, SignInThrottleFilter throttle, List<UploadWithoutAccount> uploads)
			throws Exception {
		return http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.logout(logout -> logout.disable())
			.addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
			.addFilterBefore(new AnonymousUploadFilter(problems, uploads), AnonymousAuthenticationFilter.class)
			.addFilterBefore(throttle, AnonymousAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.authorizeHttpRequests(authorize -> {
				rules.forEach(rule -> rule.apply(authorize));
				authorize.requestMatchers("/api/v1/admin/**").hasRole("ADMIN");
				readsArePublic(authorize);
			})
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http, List<AccessRules> rules, AuthenticationManager authentication,
			SignInThrottleFilter throttle, Clock clock, IdentitySettings settings, List<UploadWithoutAccount> uploads,
			List<CsrfExemption> exemptions) throws Exception {
		return http.authenticationManager(authentication)
			.addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new SessionLifetimeFilter(clock, settings.session().absoluteLifetime()),
					SecurityContextHolderFilter.class)
			.addFilterBefore(new AnonymousUploadFilter(new LoginUrlAuthenticationEntryPoint("/login"), uploads), CsrfFilter.class)
			.authorizeHttpRequests(authorize -> {
				authorize.requestMatchers("/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error")
					.permitAll();
				authorize.requestMatchers("/actuator/health/**", "/actuator/info").permitAll();
				authorize.requestMatchers("/actuator/**").hasRole("ADMIN");
				authorize.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll();
				rules.forEach(rule -> rule.apply(authorize));
				authorize.requestMatchers("/admin/**").hasRole("ADMIN");
				readsArePublic(authorize);
			})
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("email")
				.successHandler(new SignInTimeRecorder(clock))
				.failureHandler(new SignInFailureHandler())
				.authenticationDetailsSource(new WebAuthenticationDetailsSource())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
			.csrf(csrf -> csrf.requireCsrfProtectionMatcher(request -> CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)
					&& exemptions.stream().noneMatch(exemption -> exemption.exempts(request))
					&& !OversizedUploads.refused(request)))
			// signing in starts a new database session rather than renaming the old one: a request of the
			// old session still running (the service worker fetching files, another tab) saves it when it
			// ends, and with a renamed session that save wrote the old id back, signing the person out
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.migrateSession()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
			.build();
	}

	private static void readsArePublic(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize) {
		authorize.requestMatchers(HttpMethod.GET).permitAll();
		authorize.requestMatchers(HttpMethod.HEAD).permitAll();
		authorize.anyRequest().authenticated();
	}

}
