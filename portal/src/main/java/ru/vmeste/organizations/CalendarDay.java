package ru.vmeste.organizations;

import java.time.LocalDate;

/**
 * A date the production calendar treats differently from an ordinary weekday or weekend.
 */
public record CalendarDay(LocalDate date, Kind kind, String note) {

	/** How the date differs. */
	public enum Kind {

		/** A non-working day: a public holiday or a day off moved here from a weekend. */
		NON_WORKING,
		/** A Saturday or Sunday that is a working day because a day off was moved away from it. */
		WORKING,
		/** A working day shortened by an hour before a holiday. */
		SHORTENED

	}

}
