package ru.vmeste.ideas.web;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import ru.vmeste.ideas.IdeaKind;
import ru.vmeste.ideas.internal.IdeaSearch;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.AccessRules;
import ru.vmeste.shared.web.NavigationGroup;
import ru.vmeste.shared.web.NavigationItem;
import ru.vmeste.shared.web.PublicFigure;
import ru.vmeste.shared.web.PublicFigures;

/**
 * Who may reach Suggest: reading is public; residents propose, support, comment and rate;
 * experts (and administrators) review; moderators merge; administrators run campaigns, accept
 * topics and order works; moderators and officials offer to turn appeals into ideas, which the
 * appeals' authors accept or decline.
 */
@Configuration(proxyBeanMethods = false)
class IdeasWebConfiguration {

	@Bean
	AccessRules ideasAccessRules() {
		return rules -> {
			rules.requestMatchers(HttpMethod.POST, "/api/v1/ideas/offers/*/accept", "/api/v1/ideas/offers/*/decline",
					"/ideas/offers/*/accept", "/ideas/offers/*/decline").hasRole("RESIDENT");
			rules.requestMatchers("/ideas/offers/new").hasAnyRole("MODERATOR", "OFFICIAL");
			rules.requestMatchers(HttpMethod.POST, "/api/v1/ideas/offers").hasAnyRole("MODERATOR", "OFFICIAL");
			rules.requestMatchers("/api/v1/ideas/offers/*", "/ideas/offers/*").authenticated();
			rules.requestMatchers("/ideas/new").hasRole("RESIDENT");
			rules.requestMatchers(HttpMethod.POST, "/api/v1/ideas").hasRole("RESIDENT");
			rules.requestMatchers("/api/v1/ideas/*/supports", "/ideas/*/support", "/ideas/*/support/delete")
				.hasRole("RESIDENT");
			rules.requestMatchers(HttpMethod.POST, "/api/v1/ideas/*/comments", "/ideas/*/comments", "/api/v1/ideas/*/rating",
					"/ideas/*/rating").hasRole("RESIDENT");
			rules.requestMatchers(HttpMethod.POST, "/api/v1/ideas/*/review", "/ideas/*/review").hasAnyRole("EXPERT", "ADMIN");
			rules.requestMatchers("/api/v1/review/**", "/review", "/review/**").hasAnyRole("EXPERT", "ADMIN");
			rules.requestMatchers(HttpMethod.POST, "/api/v1/ideas/*/merge", "/ideas/*/merge").hasRole("MODERATOR");
			rules.requestMatchers(HttpMethod.POST, "/api/v1/ideas/*/topic", "/ideas/*/topic", "/api/v1/ideas/*/works",
					"/ideas/*/works").hasRole("ADMIN");
			rules.requestMatchers(HttpMethod.POST, "/api/v1/campaigns", "/api/v1/campaigns/**").hasRole("ADMIN");
			rules.requestMatchers(HttpMethod.PUT, "/api/v1/campaigns/**").hasRole("ADMIN");
			rules.requestMatchers("/manage/campaigns", "/manage/campaigns/**").hasRole("ADMIN");
			rules.requestMatchers("/api/v1/ideas/mine", "/api/v1/ideas/supported", "/ideas/mine", "/api/v1/ideas/*/following",
					"/ideas/*/follow", "/ideas/*/follow/delete").authenticated();
		};
	}

	@Bean
	NavigationItem ideasNavigation() {
		return NavigationItem.service(PortalService.SUGGEST, "/ideas", "ideas.nav.ideas", "lightbulb", 500);
	}

	@Bean
	NavigationItem campaignsNavigation() {
		return NavigationItem.service(PortalService.SUGGEST, "/campaigns", "ideas.nav.campaigns", "flag", 510);
	}

	@Bean
	NavigationItem myIdeasNavigation() {
		return NavigationItem.workspace("RESIDENT", "/ideas/mine", "ideas.nav.mine", "lightbulb", 30);
	}

	@Bean
	NavigationItem reviewNavigation() {
		return NavigationItem.workspace("EXPERT", NavigationGroup.VOTES, "/review", "ideas.nav.review", "clipboard-data", 150);
	}

	@Bean
	NavigationItem campaignsForAdministrators() {
		return NavigationItem.workspace("ADMIN", NavigationGroup.VOTES, "/manage/campaigns", "ideas.nav.manage", "flag", 920);
	}

	/** Ideas residents proposed, and road stretches among them (the home page gathers figures at most every 30 s). */
	@Bean
	PublicFigures ideasFigures(IdeaSearch search) {
		return () -> {
			NumberFormat number = NumberFormat.getIntegerInstance(Locale.forLanguageTag("ru"));
			return List.of(new PublicFigure("ideas.figure.ideas", number.format(search.countPublished(null)), 50),
					new PublicFigure("ideas.figure.roads", number.format(search.countPublished(IdeaKind.ROAD)), 51));
		};
	}

}
