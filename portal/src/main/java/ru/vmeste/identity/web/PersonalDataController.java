package ru.vmeste.identity.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ru.vmeste.identity.IdentitySettings;
import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.internal.AccountDeletion;
import ru.vmeste.identity.internal.PersonalDataExport;
import ru.vmeste.shared.DomainException;

/**
 * The resident's rights over their personal data (152-FZ) on the web: the policy they consent
 * to, "download my data" and "delete my account".
 */
@Controller
class PersonalDataController {

	private final PersonalDataExport export;

	private final AccountDeletion deletion;

	private final IdentitySettings settings;

	PersonalDataController(PersonalDataExport export, AccountDeletion deletion, IdentitySettings settings) {
		this.export = export;
		this.deletion = deletion;
		this.settings = settings;
	}

	@GetMapping("/privacy")
	String policy(Model model) {
		model.addAttribute("policyVersion", settings.privacy().policyVersion());
		return "identity/privacy";
	}

	@GetMapping("/account/data")
	ResponseEntity<Map<String, Object>> download(@AuthenticationPrincipal PortalUser user) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("vmeste-my-data.json").build().toString())
			.body(export.of(user.id()));
	}

	@GetMapping("/account/delete")
	String confirmDeletion() {
		return "identity/delete";
	}

	@PostMapping("/account/delete")
	String delete(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "") String password,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		try {
			deletion.deleteConfirmed(user.id(), password);
		}
		catch (DomainException ex) {
			model.addAttribute("error", ex.messageCode());
			return "identity/delete";
		}
		new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
		return "redirect:/account/deleted";
	}

	@GetMapping("/account/deleted")
	String deleted() {
		return "identity/deleted";
	}

}
