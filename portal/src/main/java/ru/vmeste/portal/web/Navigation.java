package ru.vmeste.portal.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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

	Navigation(List<NavigationItem> items, Territory territory) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
		this.territory = territory;
	}

	/** Header entries of the services that are switched on. */
	public List<NavigationItem> main() {
		return items.stream()
			.filter(item -> !item.isWorkspace())
			.filter(item -> item.service() == null || territory.isEnabled(item.service()))
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
