package ru.vmeste.reports;

import org.jspecify.annotations.Nullable;

import ru.vmeste.shared.LocalizedText;

/**
 * Keeping the topic catalog, as its administration page does (and an import, or the demo):
 * groups, topics in them and their extra questions.
 */
public interface TopicAdministration {

	/** A new group (no {@code group}) or a topic in a group, placed after the others. */
	TopicId create(String code, @Nullable TopicId group, LocalizedText name);

	/** An extra question the topic asks on the report form. */
	void addQuestion(TopicId topic, LocalizedText label, boolean numeric, boolean required);

}
