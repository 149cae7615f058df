package ru.vmeste.shared.web;

/**
 * The task a workspace entry serves; the user menu shows staff entries grouped by it, in this
 * order, each group under its heading ({@code portal.nav.group.<NAME>}).
 */
public enum NavigationGroup {

	/** The user's own pages (my appeals, subscriptions, my ideas): shown first, without a heading. */
	OWN,
	/** Appeals: moderation, the officials' inbox, routing, topics, processes, statistics. */
	APPEALS,
	/** City data: objects, their types, works. */
	CITY,
	/** Votes and ideas: managing votes, campaigns, reviewing ideas. */
	VOTES,
	/** People and organizations: users, address checks, organizations, their calendar. */
	PEOPLE,
	/** System: mail, audit log, services, exchanges with other systems. */
	SYSTEM

}
