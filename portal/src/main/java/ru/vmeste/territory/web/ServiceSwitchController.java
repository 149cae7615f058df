package ru.vmeste.territory.web;

import java.util.Arrays;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.vmeste.shared.PortalService;
import ru.vmeste.territory.Territory;
import ru.vmeste.territory.internal.ServiceSwitches;

/**
 * Administrators switch the region's services on and off.
 */
@Controller
class ServiceSwitchController {

	private final Territory territory;

	private final ServiceSwitches switches;

	ServiceSwitchController(Territory territory, ServiceSwitches switches) {
		this.territory = territory;
		this.switches = switches;
	}

	@GetMapping("/admin/services")
	String services(Model model) {
		model.addAttribute("services", PortalService.values());
		model.addAttribute("enabled", Arrays.stream(PortalService.values()).filter(territory::isEnabled).toList());
		model.addAttribute("region", territory.currentRegion().orElse(null));
		return "territory/services";
	}

	@PostMapping("/admin/services")
	String save(@RequestParam(name = "enabled", required = false) Set<PortalService> enabled,
			RedirectAttributes redirect) {
		Set<PortalService> on = enabled == null ? Set.of() : enabled;
		for (PortalService service : PortalService.values()) {
			switches.set(service, on.contains(service));
		}
		redirect.addFlashAttribute("notice", "territory.services-saved");
		return "redirect:/admin/services";
	}

}
