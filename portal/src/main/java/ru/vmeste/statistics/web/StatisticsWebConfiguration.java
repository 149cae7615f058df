package ru.vmeste.statistics.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import ru.vmeste.shared.web.AccessRules;
import ru.vmeste.shared.web.NavigationGroup;
import ru.vmeste.shared.web.NavigationItem;
import ru.vmeste.statistics.internal.Visitors;

/**
 * Who may reach the statistics: the dashboard, the ranking, the organizations' pages and the
 * API are public reading; staff statistics are for officials (their organizations' heads) and
 * administrators; rebuilding the rollups is for administrators. The dashboard's header entry,
 * the staff entries, and the visitor count.
 */
@Configuration(proxyBeanMethods = false)
class StatisticsWebConfiguration {

	@Bean
	AccessRules statisticsAccessRules() {
		return rules -> {
			rules.requestMatchers("/staff/statistics", "/staff/statistics/**", "/api/v1/statistics/staff/**")
				.hasAnyRole("OFFICIAL", "ADMIN");
			rules.requestMatchers("/api/v1/admin/statistics/**").hasRole("ADMIN");
		};
	}

	@Bean
	NavigationItem dashboardNavigation() {
		return new NavigationItem("/dashboard", "statistics.nav.dashboard", "bar-chart-line", null, null, 600);
	}

	@Bean
	NavigationItem staffStatisticsForOfficials() {
		return NavigationItem.workspace("OFFICIAL", NavigationGroup.APPEALS, "/staff/statistics", "statistics.nav.staff", "clipboard-data", 850);
	}

	@Bean
	NavigationItem staffStatisticsForAdministrators() {
		return NavigationItem.workspace("ADMIN", NavigationGroup.APPEALS, "/staff/statistics", "statistics.nav.staff", "clipboard-data", 950);
	}

	/** Counts the page views of visitors (never API calls or files), unless switched off. */
	@Bean
	@ConditionalOnBooleanProperty(name = "vmeste.statistics.count-visitors", matchIfMissing = true)
	WebMvcConfigurer visitorCounting(Visitors visitors) {
		return new WebMvcConfigurer() {

			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(new VisitorInterceptor(visitors))
					.excludePathPatterns("/api/**", "/css/**", "/js/**", "/img/**", "/webjars/**", "/actuator/**",
							"/opendata/datasets/**", "/dashboard/*.csv", "/error", "/v3/**", "/swagger-ui/**");
			}

		};
	}

}
