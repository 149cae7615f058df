package ru.vmeste.identity.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.Role;
import ru.vmeste.identity.UserId;
import ru.vmeste.identity.internal.Accounts;
import ru.vmeste.identity.internal.Users;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.web.AuditDetail;

/**
 * Administrators find accounts and give or take their roles (which signs the user out everywhere).
 */
@Controller
class UserAdminController {

	private final Users users;

	private final Accounts accounts;

	UserAdminController(Users users, Accounts accounts) {
		this.users = users;
		this.accounts = accounts;
	}

	@GetMapping("/admin/users")
	String users(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		String query = q.length() > 100 ? q.substring(0, 100) : q;
		model.addAttribute("q", query);
		model.addAttribute("users", users.search(query, PageQuery.of(page, 25)));
		model.addAttribute("roles", Role.values());
		return "identity/users";
	}

	@PostMapping("/admin/users/{id}/roles")
	String roles(@PathVariable UUID id, @RequestParam(name = "roles", required = false) Set<Role> roles,
			@AuthenticationPrincipal PortalUser admin, HttpServletRequest request, RedirectAttributes redirect) {
		Set<Role> granted = roles == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		AuditDetail.add(request, "roles=" + granted);
		accounts.changeRoles(new UserId(id), granted, admin.id());
		redirect.addFlashAttribute("notice", "identity.roles-saved");
		return "redirect:/admin/users";
	}

}
