package ru.vmeste.identity.web;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.internal.Accounts;
import ru.vmeste.identity.internal.ApiTokens;
import ru.vmeste.identity.internal.UserAccount;
import ru.vmeste.identity.internal.Users;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.territory.Territory;

/**
 * The signed-in user's own profile: contact data, home address and its district, and the API
 * tokens their apps hold (which they may revoke).
 */
@Controller
class ProfileController {

	private final Accounts accounts;

	private final Users users;

	private final Territory territory;

	private final ApiTokens tokens;

	private final Clock clock;

	ProfileController(Accounts accounts, Users users, Territory territory, ApiTokens tokens, Clock clock) {
		this.accounts = accounts;
		this.users = users;
		this.territory = territory;
		this.tokens = tokens;
		this.clock = clock;
	}

	/** An API token as the profile lists it, in the region's time. */
	record TokenLine(String hash, ZonedDateTime issuedAt, ZonedDateTime expiresAt) {
	}

	@GetMapping("/account/profile")
	String profile(@AuthenticationPrincipal PortalUser user, Model model, Locale locale) {
		UserAccount account = account(user);
		model.addAttribute("profile", new ProfileForm(account.name(), account.phone(), account.address(),
				account.addressPoint() == null ? null : account.addressPoint().lat(),
				account.addressPoint() == null ? null : account.addressPoint().lon(), account.birthDate()));
		return page(account, model, locale);
	}

	@PostMapping("/account/profile")
	String update(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("profile") ProfileForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		if (form.lat() == null ^ form.lon() == null) {
			errors.rejectValue("lat", "geo.point.incomplete");
		}
		if (!errors.hasErrors()) {
			try {
				accounts.updateProfile(user.id(), form.name(), form.phone(), form.address(),
						form.hasPoint() ? new GeoPoint(form.lat(), form.lon()) : null, form.birthDate());
				redirect.addFlashAttribute("notice", "identity.profile-saved");
				return "redirect:/account/profile";
			}
			catch (DomainException ex) {
				errors.rejectValue("lat", ex.messageCode());
			}
		}
		return page(account(user), model, locale);
	}

	@PostMapping("/account/tokens/{hash}/revoke")
	String revoke(@AuthenticationPrincipal PortalUser user, @PathVariable String hash, RedirectAttributes redirect) {
		tokens.revoke(user.id(), hash);
		redirect.addFlashAttribute("notice", "identity.token-revoked");
		return "redirect:/account/profile#tokens";
	}

	private String page(UserAccount account, Model model, Locale locale) {
		model.addAttribute("account", account);
		model.addAttribute("tokens", tokens.active(account.id()).stream()
			.map(token -> new TokenLine(token.hash(), token.issuedAt().atZone(clock.getZone()),
					token.expiresAt().atZone(clock.getZone())))
			.toList());
		model.addAttribute("district", account.district() == null ? null
				: territory.district(account.district()).map(district -> district.name().in(locale)).orElse(null));
		model.addAttribute("region", territory.currentRegion().orElse(null));
		return "identity/profile";
	}

	private UserAccount account(PortalUser user) {
		return users.byId(user.id()).orElseThrow(() -> DomainException.notFound("identity.user-not-found"));
	}

}
