package ru.vmeste.notifications.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import ru.vmeste.notifications.internal.MailPreferences;
import ru.vmeste.shared.DomainException;

/**
 * The one-click unsubscribe link of every mail that is not essential (RFC 8058): a mail client
 * POSTs to it without a session or a CSRF token and the mails of its kind (or of its digest)
 * stop; opened in a browser (GET) it only asks, and a button POSTs. The token in the address is
 * the only credential and allows nothing else.
 */
@Controller
class UnsubscribeController {

	static final String PATH = "/unsubscribe/";

	private final MailPreferences preferences;

	UnsubscribeController(MailPreferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping(PATH + "{token}")
	String ask(@PathVariable String token, Model model) {
		MailPreferences.Unsubscription link = preferences.byToken(token).orElseThrow(UnsubscribeController::unknown);
		model.addAttribute("token", token);
		model.addAttribute("kinds", link.kinds(preferences.of(link.user())));
		model.addAttribute("done", false);
		return "notifications/unsubscribe";
	}

	@PostMapping(PATH + "{token}")
	String unsubscribe(@PathVariable String token, Model model) {
		preferences.unsubscribe(token).orElseThrow(UnsubscribeController::unknown);
		model.addAttribute("done", true);
		return "notifications/unsubscribe";
	}

	private static DomainException unknown() {
		return DomainException.notFound("notifications.unsubscribe.unknown");
	}

}
