package ru.vmeste.notifications;

/** How a person receives a kind of mail. */
public enum MailMode {

	/** Each mail when it happens (the default). */
	IMMEDIATE,

	/** One digest a day of everything since the last one. */
	DAILY,

	/** One digest a week (on Mondays) of everything since the last one. */
	WEEKLY,

	/** None. */
	OFF

}
