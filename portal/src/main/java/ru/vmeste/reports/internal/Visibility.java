package ru.vmeste.reports.internal;

import java.util.EnumSet;
import java.util.Set;

/** Who may read a history entry. */
public enum Visibility {

	/** Anyone who may see the appeal. */
	PUBLIC,
	/** The author and the responsible organization, e.g. the author's reply to a question. */
	PARTICIPANTS,
	/** The responsible organization only, e.g. internal comments and reminders. */
	STAFF;

	/** What a reader sees: everyone the public steps, the author also theirs, the organization all. */
	public static Set<Visibility> upTo(Visibility reader) {
		return EnumSet.range(PUBLIC, reader);
	}

}
