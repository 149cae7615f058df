package ru.vmeste.open311.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import ru.vmeste.open311.ClientApps;
import ru.vmeste.open311.Open311Settings;
import ru.vmeste.platform.PublicUrl;

/**
 * The page for developers of other apps: the REST API and Open311, keys and limits.
 */
@Controller
class DevelopersController {

	/** The demo's published key (API.md), shown only where the demo registered it. */
	static final String DEMO_KEY = "demo-secret-open311-key";

	private final ClientApps apps;

	private final Open311Settings settings;

	private final PublicUrl publicUrl;

	private final Gate gate;

	DevelopersController(ClientApps apps, Open311Settings settings, PublicUrl publicUrl, Gate gate) {
		this.apps = apps;
		this.settings = settings;
		this.publicUrl = publicUrl;
		this.gate = gate;
	}

	@GetMapping("/developers")
	String developers(Model model) {
		model.addAttribute("endpoint", publicUrl.of(Open311Paths.ROOT));
		model.addAttribute("jurisdiction", gate.jurisdictionId());
		model.addAttribute("settings", settings);
		model.addAttribute("demoKey", apps.byKey(DEMO_KEY).isPresent() ? DEMO_KEY : null);
		return "open311/developers";
	}

}
