package ru.vmeste.objects;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A section of an object's page contributed by another module, e.g. "Appeals at this object".
 *
 * @param titleKey message key of the section's heading (in the contributing module's bundle)
 * @param items the newest related items, at most as many as asked for
 * @param total how many there are in all
 * @param moreLink where the full list is, when there are more than shown
 * @param order position on the page
 */
public record RelatedSection(String titleKey, List<RelatedItem> items, long total, @Nullable String moreLink,
		int order) {

	public RelatedSection {
		items = List.copyOf(items);
	}

}
