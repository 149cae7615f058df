package ru.vmeste.edms.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import ru.vmeste.edms.internal.LetterService;
import ru.vmeste.shared.web.AccessRules;
import ru.vmeste.shared.web.NavigationGroup;
import ru.vmeste.shared.web.NavigationItem;
import ru.vmeste.shared.web.UploadWithoutAccount;

/**
 * Who may reach the EDMS endpoints: the EDMS itself the webhook (its signature is checked
 * there), whoever has a letter's reply link its page (the token is checked there, and before
 * an attached file is read), administrators the rest; and the operator page's menu entry.
 */
@Configuration(proxyBeanMethods = false)
class EdmsWebConfiguration {

	private static final String LETTERS = "/letters/";

	@Bean
	AccessRules edmsAccessRules() {
		return rules -> {
			rules.requestMatchers(HttpMethod.POST, EdmsWebhookController.PATH).permitAll();
			rules.requestMatchers("/letters/*").permitAll();
			rules.requestMatchers("/api/v1/edms/**", "/admin/edms", "/admin/edms/**").hasRole("ADMIN");
		};
	}

	/** A letter's reply link carries its token: an organization without an account attaches files with it. */
	@Bean
	UploadWithoutAccount letterReplyUploads(LetterService letters) {
		return request -> {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return path.startsWith(LETTERS) && path.indexOf('/', LETTERS.length()) < 0
					&& letters.byToken(path.substring(LETTERS.length())).isPresent();
		};
	}

	@Bean
	NavigationItem edmsNavigation() {
		return NavigationItem.workspace("ADMIN", NavigationGroup.SYSTEM, "/admin/edms", "edms.nav", "arrow-left-right", 965);
	}

}
