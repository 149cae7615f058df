package ru.vmeste.reports.internal;

import java.util.UUID;

import ru.vmeste.reports.TopicId;
import ru.vmeste.shared.LocalizedText;

/**
 * An extra question a topic asks on the report form, e.g. "size of the pothole, cm".
 *
 * @param numeric whether the answer must be a number
 */
public record TopicQuestion(UUID id, TopicId topic, LocalizedText label, boolean numeric, boolean required) {

	/** The form field and JSON key of the answer. */
	public String key() {
		return id.toString();
	}

}
