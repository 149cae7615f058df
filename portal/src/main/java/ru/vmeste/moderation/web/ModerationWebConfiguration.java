package ru.vmeste.moderation.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.vmeste.moderation.internal.ItemStore;
import ru.vmeste.shared.web.AccessRules;
import ru.vmeste.shared.web.NavigationCount;
import ru.vmeste.shared.web.NavigationGroup;
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
		return NavigationItem.workspace("MODERATOR", NavigationGroup.APPEALS, "/moderation", "moderation.nav.queue", "shield-check", 100);
	}

	/** The queue's entry in the user menu says how many items wait. */
	@Bean
	NavigationCount moderationPendingCount(ItemStore items) {
		return new NavigationCount() {

			@Override
			public String path() {
				return "/moderation";
			}

			@Override
			public String labelKey() {
				return "moderation.nav.pending";
			}

			@Override
			public long count() {
				return items.pending();
			}

		};
	}

	@Bean
	NavigationItem moderationVocabularyNavigation() {
		return NavigationItem.workspace("MODERATOR", NavigationGroup.APPEALS, "/moderation/vocabulary", "moderation.nav.vocabulary", "spellcheck",
				110);
	}

	@Bean
	NavigationItem moderationReasonsNavigation() {
		return NavigationItem.workspace("ADMIN", NavigationGroup.APPEALS, "/moderation/reasons", "moderation.nav.reasons", "card-list", 950);
	}

}
