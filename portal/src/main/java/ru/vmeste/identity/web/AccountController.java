package ru.vmeste.identity.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.internal.Accounts;
import ru.vmeste.identity.internal.Consents;
import ru.vmeste.shared.DomainException;

/**
 * Sign-in, registration, e-mail confirmation and password reset pages.
 */
@Controller
class AccountController {

	private final Accounts accounts;

	private final SiteUrl siteUrl;

	AccountController(Accounts accounts, SiteUrl siteUrl) {
		this.accounts = accounts;
		this.siteUrl = siteUrl;
	}

	@GetMapping("/login")
	String login() {
		return "identity/login";
	}

	@GetMapping("/account/register")
	String registration(Model model) {
		model.addAttribute("registration", RegistrationForm.empty());
		return "identity/register";
	}

	@PostMapping("/account/register")
	String register(@Valid @ModelAttribute("registration") RegistrationForm form, BindingResult errors, Locale locale) {
		if (!form.consented()) {
			errors.rejectValue("consent", "identity.consent.required");
		}
		if (!errors.hasErrors()) {
			try {
				accounts.register(form.email(), form.password(), form.name(), locale, siteUrl.current(),
						Consents.Channel.WEB);
				return "redirect:/account/registered";
			}
			catch (DomainException ex) {
				errors.rejectValue("email", ex.messageCode());
			}
		}
		return "identity/register";
	}

	@GetMapping("/account/registered")
	String registered() {
		return "identity/registered";
	}

	@GetMapping("/account/confirm")
	String confirm(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("confirmed", !token.isBlank() && accounts.confirmEmail(token).isPresent());
		return "identity/confirmed";
	}

	@PostMapping("/account/confirmation")
	String resendConfirmation(@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		accounts.requestConfirmation(user.id(), siteUrl.current());
		redirect.addFlashAttribute("notice", "identity.confirmation-sent");
		return "redirect:/account/profile";
	}

	@GetMapping("/account/forgot")
	String forgotPassword() {
		return "identity/forgot";
	}

	@PostMapping("/account/forgot")
	String requestReset(@RequestParam(defaultValue = "") String email, Model model) {
		if (!email.isBlank() && email.length() <= 254) {
			accounts.requestPasswordReset(email, siteUrl.current());
		}
		model.addAttribute("sent", true);
		return "identity/forgot";
	}

	@GetMapping("/account/reset")
	String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("reset", new PasswordResetForm(token, ""));
		return "identity/reset";
	}

	@PostMapping("/account/reset")
	String reset(@Valid @ModelAttribute("reset") PasswordResetForm form, BindingResult errors) {
		if (errors.hasErrors()) {
			return "identity/reset";
		}
		try {
			accounts.resetPassword(form.token(), form.password());
		}
		catch (DomainException ex) {
			errors.reject(ex.messageCode());
			return "identity/reset";
		}
		return "redirect:/login?reset";
	}

}
