package ru.vmeste.reports;

import org.jspecify.annotations.Nullable;

import ru.vmeste.shared.LocalizedText;

/**
 * A kind of problem residents report (e.g. "pothole"), or a group of them when it has no
 * parent (e.g. "roads"). Retired topics stay on old appeals but take no new ones.
 */
public record Topic(TopicId id, String code, @Nullable TopicId parent, LocalizedText name, int order,
		boolean active) {

	public boolean isGroup() {
		return parent == null;
	}

}
