package ru.vmeste.identity.web;

import java.util.Locale;

import jakarta.servlet.http.HttpSession;
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
import ru.vmeste.platform.PublicUrl;
import ru.vmeste.shared.DomainException;

/**
 * Sign-in, registration, e-mail confirmation, password reset and password change.
 */
@Controller
class AccountController {

	private final Accounts accounts;

	private final PublicUrl siteUrl;

	AccountController(Accounts accounts, PublicUrl siteUrl) {
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
		if (errors.hasErrors()) {
			return "identity/register";
		}
		// the same answer whether the address is new or taken: the mail tells its owner which
		accounts.signUp(form.email(), form.password(), form.name(), locale, siteUrl.base(), Consents.Channel.WEB);
		return "redirect:/account/registered";
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
		accounts.requestConfirmation(user.id(), siteUrl.base());
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
			accounts.requestPasswordReset(email, siteUrl.base());
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

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute PasswordChangeForm form,
			BindingResult errors, HttpSession session, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("passwordError", "identity.password.size");
			return "redirect:/account/profile#password";
		}
		try {
			accounts.changePassword(user.id(), form.currentPassword(), form.newPassword(), session.getId());
			redirect.addFlashAttribute("notice", "identity.password-changed-everywhere");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("passwordError", ex.messageCode());
		}
		return "redirect:/account/profile#password";
	}

}
