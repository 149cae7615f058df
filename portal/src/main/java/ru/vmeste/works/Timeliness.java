package ru.vmeste.works;

/** How works keep to their planned dates, as residents see it. */
public enum Timeliness {

	/** Nothing is late (a suspension alone is not lateness: it shows as the status). */
	ON_SCHEDULE,
	/** The planned start passed and the works have not started; the planned end has not passed yet. */
	START_DELAYED,
	/** The planned end passed and the works are not completed. */
	OVERDUE,
	/** Completed no later than planned. */
	COMPLETED_ON_TIME,
	/** Completed after the planned end. */
	COMPLETED_LATE,
	/** Cancelled works are never late. */
	CANCELLED

}
