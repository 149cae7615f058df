package ru.vmeste.open311.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.vmeste.open311.ClientAppId;
import ru.vmeste.open311.ClientApps;
import ru.vmeste.open311.Open311Settings;

/**
 * Administrators register client apps (each gets its key, shown once), see what each has posted,
 * and revoke keys.
 */
@Controller
class ClientAppsAdminController {

	/** A new client app as the form takes it. */
	record ClientAppForm(@NotBlank(message = "{open311.client.name.required}") @Size(max = 200) String name,
			@NotBlank(message = "{open311.client.contact.required}") @Size(max = 200) String contact,
			@NotNull(message = "{open311.client.rate-limit.invalid}") @Min(value = 1,
					message = "{open311.client.rate-limit.invalid}") @Max(value = 100_000,
							message = "{open311.client.rate-limit.invalid}") Integer rateLimit) {
	}

	private final ClientApps apps;

	private final Open311Settings settings;

	private final Clock clock;

	ClientAppsAdminController(ClientApps apps, Open311Settings settings, Clock clock) {
		this.apps = apps;
		this.settings = settings;
		this.clock = clock;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return clock.getZone();
	}

	@GetMapping("/admin/open311")
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ClientAppForm("", "", settings.rateLimit()));
		}
		model.addAttribute("apps", apps.all());
		return "open311/admin";
	}

	@PostMapping("/admin/open311")
	String register(@Valid @ModelAttribute("form") ClientAppForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("apps", apps.all());
			return "open311/admin";
		}
		ClientApps.Registered registered = apps.register(form.name(), form.contact(), form.rateLimit(), null);
		// the session keeps flash attributes serialized: plain text only
		redirect.addFlashAttribute("registeredName", registered.app().name());
		redirect.addFlashAttribute("registeredKey", registered.key());
		return "redirect:/admin/open311";
	}

	@PostMapping("/admin/open311/{id}/revoke")
	String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
		apps.revoke(new ClientAppId(id));
		redirect.addFlashAttribute("notice", "open311.client.revoked");
		return "redirect:/admin/open311";
	}

}
