package ru.vmeste.shared.web;

import org.jspecify.annotations.Nullable;

import ru.vmeste.shared.PortalService;

/**
 * An entry a module adds to the portal's navigation. Entries of a service the region has
 * switched off are hidden; workspace entries show only to users with the role.
 *
 * @param path where the entry leads
 * @param labelKey message key of its label
 * @param icon Bootstrap Icons name, e.g. {@code "geo-alt"}
 * @param service the service it belongs to, or {@code null} for portal-wide pages
 * @param role the role a user needs to see it (workspace entries), or {@code null} for everyone
 * @param order position among entries
 * @param group the task a workspace entry serves (the user menu groups staff entries by it)
 */
public record NavigationItem(String path, String labelKey, String icon, @Nullable PortalService service,
		@Nullable String role, int order, NavigationGroup group) {

	/** An entry of no particular group (a header entry, or the user's own page). */
	public NavigationItem(String path, String labelKey, String icon, @Nullable PortalService service,
			@Nullable String role, int order) {
		this(path, labelKey, icon, service, role, order, NavigationGroup.OWN);
	}

	/** A public entry of a resident-facing service, shown in the header. */
	public static NavigationItem service(PortalService service, String path, String labelKey, String icon, int order) {
		return new NavigationItem(path, labelKey, icon, service, null, order);
	}

	/** A page of the user's own (my appeals, subscriptions), shown first in the user menu. */
	public static NavigationItem workspace(String role, String path, String labelKey, String icon, int order) {
		return new NavigationItem(path, labelKey, icon, null, role, order, NavigationGroup.OWN);
	}

	/** An entry of a staff workspace (moderation, inbox, administration), shown in the user menu under its group. */
	public static NavigationItem workspace(String role, NavigationGroup group, String path, String labelKey, String icon,
			int order) {
		return new NavigationItem(path, labelKey, icon, null, role, order, group);
	}

	public boolean isWorkspace() {
		return role != null;
	}

}
