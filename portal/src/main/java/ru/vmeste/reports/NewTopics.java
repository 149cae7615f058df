package ru.vmeste.reports;

import org.jspecify.annotations.Nullable;

import ru.vmeste.shared.LocalizedText;

/**
 * Adds topics to the catalog from another module, e.g. when an administrator accepts a topic
 * residents proposed in Suggest; checked as on the catalog's own page (a unique code, an
 * existing group).
 */
public interface NewTopics {

	/** Adds an active topic at the end of the catalog, inside the group if one is given. */
	TopicId add(String code, @Nullable TopicId group, LocalizedText name);

}
