package ru.vmeste.portal.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import ru.vmeste.shared.web.NavigationItem;
import ru.vmeste.shared.PortalService;
import ru.vmeste.territory.Territory;

/**
 * What the layout shows in its header and user menu; templates call it as {@code @navigation}.
 */
@Component("navigation")
public class Navigation {

	private final List<NavigationItem> items;

	private final Territory territory;

	private final WebInvocationPrivilegeEvaluator access;

	Navigation(List<NavigationItem> items, Territory territory, WebInvocationPrivilegeEvaluator access) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
		this.territory = territory;
		this.access = access;
	}

	/**
	 * Header entries of the services that are switched on. A visitor sees them all (an entry that
	 * needs an account leads to signing in); a signed-in user does not see those their account
	 * may not open (a staff account is offered no "report a problem" that would refuse it).
	 */
	public List<NavigationItem> main() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
		return items.stream()
			.filter(item -> !item.isWorkspace())
			.filter(item -> item.service() == null || territory.isEnabled(item.service()))
			.filter(item -> !signedIn || access.isAllowed(item.path(), user))
			.toList();
	}

	/** Workspace entries the signed-in user's roles open. */
	public List<NavigationItem> workspace() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null) {
			return List.of();
		}
		return items.stream()
			.filter(NavigationItem::isWorkspace)
			.filter(item -> user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + item.role())))
			.toList();
	}

	/**
	 * Whether the current request is on the entry's page or below it, and no other entry
	 * matches it more closely (so "/appeals/new" marks "report a problem", not "appeals").
	 */
	public boolean isCurrent(NavigationItem item) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return false;
		}
		String path = attributes.getRequest().getRequestURI();
		return items.stream()
			.filter(candidate -> covers(candidate.path(), path))
			.max(Comparator.comparingInt(candidate -> candidate.path().length()))
			.filter(closest -> closest.equals(item))
			.isPresent();
	}

	private static boolean covers(String entry, String path) {
		return path.equals(entry) || path.startsWith(entry.endsWith("/") ? entry : entry + "/");
	}

	/** The entry page of a service, when the service exists here and is switched on. */
	public Optional<NavigationItem> entryOf(PortalService service) {
		return territory.isEnabled(service)
				? items.stream().filter(item -> service == item.service()).findFirst() : Optional.empty();
	}

}
