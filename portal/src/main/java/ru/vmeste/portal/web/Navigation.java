package ru.vmeste.portal.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import ru.vmeste.shared.web.NavigationCount;
import ru.vmeste.shared.web.NavigationGroup;
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

	private final Map<String, NavigationCount> counts;

	Navigation(List<NavigationItem> items, Territory territory, WebInvocationPrivilegeEvaluator access,
			List<NavigationCount> counts) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
		this.territory = territory;
		this.access = access;
		this.counts = counts.stream().collect(Collectors.toMap(NavigationCount::path, count -> count));
	}

	/** A workspace entry with the figure its module shows next to it, if any. */
	public record Entry(NavigationItem item, @Nullable Count count) {
	}

	/** A figure next to an entry and what it counts, as screen readers hear it. */
	public record Count(long value, String labelKey) {
	}

	/** Entries of one task, under the group's heading. */
	public record Group(NavigationGroup group, List<Entry> entries) {

		/** Message key of the group's heading. */
		public String labelKey() {
			return "portal.nav.group." + group.name();
		}

	}

	/**
	 * The user menu: the user's own pages, then the staff entries grouped by task, with their
	 * figures (read once here) and the sum of the figures for the menu's button.
	 */
	public record Menu(List<Entry> own, List<Group> groups, long waiting) {

		public boolean isStaff() {
			return !groups.isEmpty();
		}

	}

	/** The signed-in user's menu, grouped by task; read it once per page. */
	public Menu menu() {
		List<NavigationItem> entries = workspace();
		Map<NavigationGroup, List<Entry>> grouped = new EnumMap<>(NavigationGroup.class);
		for (NavigationItem item : entries) {
			NavigationCount count = counts.get(item.path());
			grouped.computeIfAbsent(item.group(), group -> new ArrayList<>())
				.add(new Entry(item, count == null ? null : new Count(count.count(), count.labelKey())));
		}
		List<Group> groups = grouped.entrySet()
			.stream()
			.filter(group -> group.getKey() != NavigationGroup.OWN)
			.map(group -> new Group(group.getKey(), List.copyOf(group.getValue())))
			.toList();
		long waiting = grouped.values()
			.stream()
			.flatMap(List::stream)
			.map(Entry::count)
			.filter(Objects::nonNull)
			.mapToLong(Count::value)
			.sum();
		return new Menu(grouped.getOrDefault(NavigationGroup.OWN, List.of()), groups, waiting);
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

	/**
	 * Workspace entries the signed-in user's roles open, each path once (an administrator holding
	 * several roles sees an entry two roles offer once).
	 */
	public List<NavigationItem> workspace() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null) {
			return List.of();
		}
		Set<String> seen = new HashSet<>();
		return items.stream()
			.filter(NavigationItem::isWorkspace)
			.filter(item -> user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + item.role())))
			.filter(item -> seen.add(item.path()))
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
