package ru.vmeste.reports.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.reports.internal.AreaSubscriptions;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;

/**
 * A resident's subscriptions to new appeals around points of their choice.
 */
@Controller
@PartOf(PortalService.INFORM)
class SubscriptionsController {

	private static final List<Integer> RADII = List.of(250, 500, 1000, 2000);

	private final AreaSubscriptions subscriptions;

	SubscriptionsController(AreaSubscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@GetMapping("/appeals/subscriptions")
	String subscriptions(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("subscriptions", subscriptions.of(user.id()));
		model.addAttribute("radii", RADII);
		return "reports/subscriptions";
	}

	@PostMapping("/appeals/subscriptions")
	String subscribe(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) @Nullable Double lat,
			@RequestParam(required = false) @Nullable Double lon, @RequestParam(defaultValue = "500") int radius,
			RedirectAttributes redirect) {
		if (lat == null || lon == null || !GeoPoint.isValid(lat, lon)) {
			throw DomainException.invalid("reports.point.required");
		}
		subscriptions.subscribe(user.id(), new GeoPoint(lat, lon), radius);
		redirect.addFlashAttribute("notice", "reports.subscriptions.added");
		return "redirect:/appeals/subscriptions";
	}

	@PostMapping("/appeals/subscriptions/{id}/delete")
	String unsubscribe(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		subscriptions.unsubscribe(user.id(), id);
		redirect.addFlashAttribute("notice", "reports.subscriptions.removed");
		return "redirect:/appeals/subscriptions";
	}

}
