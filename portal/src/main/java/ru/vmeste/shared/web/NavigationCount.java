package ru.vmeste.shared.web;

/**
 * A figure a module shows next to one of its workspace entries, e.g. how many items wait for
 * moderation. It is read when the entry is shown, i.e. only for users who may open it, once per
 * page.
 */
public interface NavigationCount {

	/** The path of the entry the figure belongs to. */
	String path();

	/**
	 * Message key of what the figure counts, with the count as its argument, e.g.
	 * {@code "{0, plural, one{# item waits} other{# items wait}}"}: what screen readers hear.
	 */
	String labelKey();

	/** The figure now. */
	long count();

}
