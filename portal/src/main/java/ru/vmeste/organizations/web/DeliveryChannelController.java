package ru.vmeste.organizations.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.vmeste.organizations.DeliveryChannel;
import ru.vmeste.organizations.DeliveryChannels;
import ru.vmeste.organizations.OrganizationId;

/**
 * An administrator chooses how an organization receives its appeals: the portal's inbox, the
 * EDMS or e-mail (the card on the organization's page).
 */
@Controller
class DeliveryChannelController {

	private final DeliveryChannels channels;

	DeliveryChannelController(DeliveryChannels channels) {
		this.channels = channels;
	}

	@PostMapping("/admin/organizations/{id}/channel")
	String choose(@PathVariable UUID id, @RequestParam DeliveryChannel channel, RedirectAttributes redirect) {
		channels.choose(new OrganizationId(id), channel);
		redirect.addFlashAttribute("notice", "organizations.channel.saved");
		return "redirect:/admin/organizations/" + id;
	}

	/** Puts the organization's channel beside the organization's form. */
	@ControllerAdvice(assignableTypes = OrganizationAdminController.class)
	static class ChannelModel {

		private final DeliveryChannels channels;

		ChannelModel(DeliveryChannels channels) {
			this.channels = channels;
		}

		@ModelAttribute("deliveryChannels")
		DeliveryChannel[] deliveryChannels() {
			return DeliveryChannel.values();
		}

		@ModelAttribute("deliveryChannel")
		@Nullable DeliveryChannel deliveryChannel(@PathVariable(name = "id", required = false) @Nullable UUID id) {
			return id == null ? null : channels.of(new OrganizationId(id));
		}

	}

}
