package ru.vmeste.moderation.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.vmeste.shared.web.AccessRules;
import ru.vmeste.shared.web.NavigationItem;

/**
 * The moderation pages and API are for moderators; reason templates and the vocabulary also for
 * administrators.
 */
@Configuration(proxyBeanMethods = false)
class ModerationWebConfiguration {

	@Bean
	AccessRules moderationAccessRules() {
		return rules -> {
			rules.requestMatchers("/moderation/reasons", "/moderation/reasons/**", "/moderation/vocabulary",
					"/moderation/vocabulary/**")
				.hasAnyRole("MODERATOR", "ADMIN");
			rules.requestMatchers("/moderation", "/moderation/**", "/api/v1/moderation/**").hasRole("MODERATOR");
		};
	}

	@Bean
	NavigationItem moderationQueueNavigation() {
		return NavigationItem.workspace("MODERATOR", "/moderation", "moderation.nav.queue", "shield-check", 100);
	}

	@Bean
	NavigationItem moderationVocabularyNavigation() {
		return NavigationItem.workspace("MODERATOR", "/moderation/vocabulary", "moderation.nav.vocabulary", "spellcheck",
				110);
	}

	@Bean
	NavigationItem moderationReasonsNavigation() {
		return NavigationItem.workspace("ADMIN", "/moderation/reasons", "moderation.nav.reasons", "card-list", 950);
	}

}
