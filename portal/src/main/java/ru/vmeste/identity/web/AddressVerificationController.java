package ru.vmeste.identity.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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
import ru.vmeste.identity.UserId;
import ru.vmeste.identity.internal.Accounts;
import ru.vmeste.identity.internal.UserAccount;
import ru.vmeste.identity.internal.Users;
import ru.vmeste.identity.internal.VerifierScopes;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.territory.Territory;

/**
 * Verifiers confirm residents' addresses, which makes them eligible to vote in their district:
 * only residents of the districts their organizations cover, and only what the check needs (name,
 * address, district, birth date — no e-mail, no phone).
 */
@Controller
class AddressVerificationController {

	/** A resident as the verifier sees them. */
	record PendingResident(UUID id, String name, @Nullable String address, @Nullable String district,
			@Nullable LocalDate birthDate) {
	}

	private final Users users;

	private final Accounts accounts;

	private final Territory territory;

	private final VerifierScopes scopes;

	AddressVerificationController(Users users, Accounts accounts, Territory territory, VerifierScopes scopes) {
		this.users = users;
		this.accounts = accounts;
		this.territory = territory;
		this.scopes = scopes;
	}

	@GetMapping("/staff/verifications")
	String pending(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal PortalUser verifier, Model model,
			Locale locale) {
		Map<DistrictId, String> districts = territory.districts()
			.stream()
			.collect(Collectors.toMap(district -> district.id(), district -> district.name().in(locale)));
		model.addAttribute("residents", users.pendingAddressVerification(scopes.of(verifier), PageQuery.of(page, 50))
			.map(account -> view(account, districts)));
		return "identity/verifications";
	}

	@PostMapping("/staff/verifications/{id}")
	String verify(@PathVariable UUID id, @AuthenticationPrincipal PortalUser verifier, RedirectAttributes redirect) {
		accounts.verifyAddress(new UserId(id), verifier.id(), scopes.of(verifier));
		redirect.addFlashAttribute("notice", "identity.address-verified");
		return "redirect:/staff/verifications";
	}

	private static PendingResident view(UserAccount account, Map<DistrictId, String> districts) {
		return new PendingResident(account.id().value(), account.name(), account.address(),
				account.district() == null ? null : districts.get(account.district()), account.birthDate());
	}

}
