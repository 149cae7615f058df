package ru.vmeste.notifications.web;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.notifications.MailKind;
import ru.vmeste.notifications.MailMode;
import ru.vmeste.notifications.internal.MailPreferences;

/**
 * The signed-in person's page for how each kind of mail comes: at once, in a daily or weekly
 * digest, or not at all.
 */
@Controller
class MailPreferencesController {

	private final MailPreferences preferences;

	MailPreferencesController(MailPreferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping("/account/notifications")
	String page(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("modes", preferences.of(user.id()));
		model.addAttribute("allModes", MailMode.values());
		return "notifications/preferences";
	}

	/** Takes one field per kind, named after it; a kind not sent or not understood keeps its choice. */
	@PostMapping("/account/notifications")
	String save(@AuthenticationPrincipal PortalUser user, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		Map<MailKind, MailMode> chosen = new EnumMap<>(MailKind.class);
		for (MailKind kind : MailKind.values()) {
			String mode = form.get(kind.name());
			for (MailMode known : MailMode.values()) {
				if (known.name().equals(mode)) {
					chosen.put(kind, known);
				}
			}
		}
		chosen.forEach((kind, mode) -> preferences.choose(user.id(), kind, mode));
		redirect.addFlashAttribute("saved", true);
		return "redirect:/account/notifications";
	}

}
