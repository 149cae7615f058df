package ru.vmeste.identity.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.UserId;
import ru.vmeste.identity.internal.Accounts;
import ru.vmeste.identity.internal.Users;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.territory.Territory;

/**
 * Officials confirm residents' addresses, which makes them eligible to vote in their district.
 */
@Controller
class AddressVerificationController {

	private final Users users;

	private final Accounts accounts;

	private final Territory territory;

	AddressVerificationController(Users users, Accounts accounts, Territory territory) {
		this.users = users;
		this.accounts = accounts;
		this.territory = territory;
	}

	@GetMapping("/staff/verifications")
	String pending(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		model.addAttribute("residents", users.pendingAddressVerification(PageQuery.of(page, 50)));
		model.addAttribute("districts", territory.districts()
			.stream()
			.collect(java.util.stream.Collectors.toMap(district -> district.id(), district -> district.name().in(locale))));
		return "identity/verifications";
	}

	@PostMapping("/staff/verifications/{id}")
	String verify(@PathVariable UUID id, @AuthenticationPrincipal PortalUser official, RedirectAttributes redirect) {
		accounts.verifyAddress(new UserId(id), official.id());
		redirect.addFlashAttribute("notice", "identity.address-verified");
		return "redirect:/staff/verifications";
	}

}
